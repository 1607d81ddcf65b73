import AWSClient
import Foundation
import Testing

@Suite("Query parameters")
struct QueryParametersTests {
    @Test("Action and Version lead, the rest keep their order")
    func body() {
        var parameters = QueryParameters()
        parameters.append("StackSetName", "baseline")
        parameters.append("Description", nil as String?)
        parameters.append("MaxResults", 20)
        parameters.append("CallAs", "SELF")
        let body = String(decoding: parameters.body(action: "DescribeStackSet", version: "2010-05-15"), as: UTF8.self)
        #expect(body == "Action=DescribeStackSet&Version=2010-05-15&StackSetName=baseline&MaxResults=20&CallAs=SELF")
    }

    @Test("lists flatten as Name.member.N; empty sends Name=; nil sends nothing")
    func lists() {
        var parameters = QueryParameters()
        parameters.appendList("Accounts", ["111111111111", "222222222222"])
        parameters.appendList("Regions", [])
        parameters.appendList("Capabilities", nil)
        #expect(parameters.encoded() == "Accounts.member.1=111111111111&Accounts.member.2=222222222222&Regions=")
    }

    @Test("maps flatten as Name.entry.N.key/value")
    func maps() {
        var parameters = QueryParameters()
        parameters.appendMap("Attributes", [("a", "1"), ("b", "2")])
        #expect(parameters.encoded()
            == "Attributes.entry.1.key=a&Attributes.entry.1.value=1&Attributes.entry.2.key=b&Attributes.entry.2.value=2")
    }

    @Test("structures and lists of structures: Tags.member.N.Key, Parameters.member.N.ParameterKey")
    func structures() {
        var parameters = QueryParameters()
        parameters.appendTags([("team", "platform"), ("cost center", "42")])
        parameters.appendStructureList("Parameters", [["ParameterKey": "Env", "ParameterValue": "prod"]])
        parameters.appendStructure("OperationPreferences", ["MaxConcurrentCount": "5"])
        #expect(parameters.items.map(\.name) == [
            "Tags.member.1.Key", "Tags.member.1.Value", "Tags.member.2.Key", "Tags.member.2.Value",
            "Parameters.member.1.ParameterKey", "Parameters.member.1.ParameterValue",
            "OperationPreferences.MaxConcurrentCount",
        ])
        #expect(parameters["Tags.member.2.Key"] == "cost center")
    }

    @Test("RFC 3986 encoding: unreserved kept, space as %20, UTF-8 bytes upper-case hex")
    func encoding() {
        #expect(QueryParameters.percentEncode("AZaz09-_.~") == "AZaz09-_.~")
        #expect(QueryParameters.percentEncode("a b+c/d=e&f") == "a%20b%2Bc%2Fd%3De%26f")
        #expect(QueryParameters.percentEncode("arn:aws:iam::1:role/x") == "arn%3Aaws%3Aiam%3A%3A1%3Arole%2Fx")
        #expect(QueryParameters.percentEncode("é\n") == "%C3%A9%0A")
    }

    @Test("form bodies are encoded as botocore's urlencode writes them: a space as +")
    func formEncoding() {
        #expect(QueryParameters.formEncode("a b+c") == "a+b%2Bc")
        var parameters = QueryParameters()
        parameters.append("Description", "Break glass role")
        #expect(parameters.encoded() == "Description=Break+glass+role")
    }

    @Test("booleans and dates")
    func scalars() {
        var parameters = QueryParameters()
        parameters.append("Retain", true)
        parameters.append("At", Date(timeIntervalSince1970: 0))
        #expect(parameters.encoded() == "Retain=true&At=1970-01-01T00%3A00%3A00.000Z")
    }
}
