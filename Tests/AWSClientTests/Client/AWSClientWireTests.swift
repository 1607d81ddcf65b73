import AWSClient
import Foundation
import OperatorSupport
import Testing
import TestSupport

/// What the client puts on the wire and how it reads what comes back, against a real loopback socket.
@Suite("AWSClient wire")
struct AWSClientWireTests {
    struct ListAccountsOutput: Decodable, Sendable {
        struct Account: Decodable, Sendable {
            var Id: String
            var JoinedTimestamp: Date
        }
        var Accounts: [Account]
        var NextToken: String?
    }

    struct ListAccountsInput: Encodable, Sendable {
        var MaxResults: Int?
        var NextToken: String?
    }

    @Test("JSON 1.1 request: POST to the endpoint, target, content type, user agent, host, signing scope")
    func jsonRequest() async throws {
        let server = try LoopbackHTTPServer(script: [try LoopbackClient.fixture("organizations-list-accounts.http")])
        defer { server.stop() }
        let client = LoopbackClient.make(server)
        let output: ListAccountsOutput = try await client.json(.organizations, "ListAccounts",
                                                               input: ListAccountsInput(MaxResults: 20))
        #expect(output.Accounts.map(\.Id) == ["123456789012", "972926945579"])
        let request = try #require(server.requests.first)
        #expect(request.method == "POST")
        #expect(request.target == "/")
        #expect(request.header("Content-Type") == "application/x-amz-json-1.1")
        #expect(request.header("X-Amz-Target") == "AWSOrganizationsV20161128.ListAccounts")
        #expect(request.header("User-Agent") == "orgops/\(AWSClient.version)")
        #expect(request.header("Host") == "127.0.0.1:\(server.port)")
        #expect(request.bodyText == #"{"MaxResults":20}"#)
        let authorization = try #require(request.header("Authorization"))
        #expect(authorization.contains("Credential=AKIDEXAMPLE/"))
        #expect(authorization.contains("/us-east-1/organizations/aws4_request"))
        #expect(client.calls.count(service: "organizations", operation: "ListAccounts", outcome: .ok) == 1)
    }

    @Test("SSO Admin is signed with the signing name sso in the client's region")
    func ssoSigningName() async throws {
        let server = try LoopbackHTTPServer(script: [LoopbackClient.json(200, #"{"Instances":[]}"#)])
        defer { server.stop() }
        try await LoopbackClient.make(server).json(.ssoAdmin, "ListInstances", input: EmptyInput())
        let request = try #require(server.requests.first)
        #expect(request.header("Authorization")?.contains("/eu-west-1/sso/aws4_request") == true)
        #expect(request.header("X-Amz-Target") == "SWBExternalService.ListInstances")
        #expect(request.bodyText == "{}")
    }

    @Test("an endpoint URL with a path is posted to that path")
    func endpointPath() async throws {
        let server = try LoopbackHTTPServer(script: [LoopbackClient.json(200, "{}")])
        defer { server.stop() }
        try await LoopbackClient.make(server, path: "aws/").json(.identityStore, "ListUsers", input: EmptyInput())
        #expect(server.requests.first?.target == "/aws/")
    }

    @Test("query request: form body with Action and Version; the <ActionResult> element comes back")
    func queryRequest() async throws {
        let server = try LoopbackHTTPServer(script: [try LoopbackClient.fixture("cloudformation-list-stacksets.http")])
        defer { server.stop() }
        var parameters = QueryParameters()
        parameters.append("Status", "ACTIVE")
        let result = try await LoopbackClient.make(server).query(.cloudFormation, "ListStackSets", parameters: parameters)
        #expect(result.name == "ListStackSetsResult")
        #expect(result.members("Summaries").isEmpty)
        let request = try #require(server.requests.first)
        #expect(request.bodyText == "Action=ListStackSets&Version=2010-05-15&Status=ACTIVE")
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded; charset=utf-8")
        #expect(request.header("X-Amz-Target") == nil)
    }

    @Test("a success body that does not decode is UndecodableResponse naming the field, not retried")
    func undecodable() async throws {
        let server = try LoopbackHTTPServer(script: [LoopbackClient.json(200, #"{"Accounts":[{"Id":"1"}]}"#)])
        defer { server.stop() }
        let error = await #expect(throws: AWSError.self) {
            let _: ListAccountsOutput = try await LoopbackClient.make(server).json(.organizations, "ListAccounts",
                                                                                  input: EmptyInput())
        }
        #expect(error?.code == AWSError.ClientCode.undecodable)
        #expect(error?.message.contains("JoinedTimestamp") == true)
        #expect(server.requests.count == 1)
    }

    @Test("calling a query service with json (or the reverse) is refused before sending")
    func wrongProtocol() async throws {
        let server = try LoopbackHTTPServer(script: [])
        defer { server.stop() }
        let client = LoopbackClient.make(server)
        let error = await #expect(throws: AWSError.self) {
            try await client.json(.cloudFormation, "ListStackSets", input: EmptyInput())
        }
        #expect(error?.code == AWSError.ClientCode.invalidCall)
        await #expect(throws: AWSError.self) {
            _ = try await client.query(.organizations, "ListRoots", parameters: QueryParameters())
        }
        #expect(server.requests.isEmpty)
    }

    @Test("STS AssumeRole: parameters sent, signed with the source credentials, credentials parsed")
    func assumeRole() async throws {
        let server = try LoopbackHTTPServer(script: [try LoopbackClient.fixture("sts-assume-role.http")])
        defer { server.stop() }
        let client = LoopbackClient.make(server)
        let credentials = try await client.sts.assumeRole(
            roleArn: "arn:aws:iam::123456789012:role/OrgOps", sessionName: "orgops", externalId: "ext-1",
            durationSeconds: 900, using: CountingCredentials(keyId: "AKIASOURCE"))
        #expect(credentials.accessKeyId == "ASIARZPUZDIKEGYAIFDB")
        #expect(credentials.sessionToken?.hasPrefix("FQoGZXIvYXdzEBYaDYYHeayH4NX") == true)
        #expect(credentials.expiration.map { abs($0.timeIntervalSince1970 - 1_796_136_718.055978) < 0.000_01 } == true)
        let request = try #require(server.requests.first)
        #expect(request.bodyText == "Action=AssumeRole&Version=2011-06-15"
            + "&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2FOrgOps&RoleSessionName=orgops"
            + "&ExternalId=ext-1&DurationSeconds=900")
        #expect(request.header("Authorization")?.contains("Credential=AKIASOURCE/") == true)
        #expect(request.header("Authorization")?.contains("/eu-west-1/sts/aws4_request") == true)
    }

    @Test("STS AssumeRoleWithWebIdentity is sent unsigned")
    func webIdentity() async throws {
        let xml = """
            <AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <AssumeRoleWithWebIdentityResult><Credentials><AccessKeyId>ASIARZPUZDIKEGYAIFDB</AccessKeyId>
              <SecretAccessKey>secret</SecretAccessKey><SessionToken>token</SessionToken>
              <Expiration>2026-12-01T14:51:58Z</Expiration></Credentials></AssumeRoleWithWebIdentityResult>
            </AssumeRoleWithWebIdentityResponse>
            """
        let server = try LoopbackHTTPServer(script: [.respond(HTTPResponse(status: 200, headers: [("Content-Type", "text/xml")],
                                                                           body: Array(xml.utf8)))])
        defer { server.stop() }
        let credentials = CountingCredentials()
        let result = try await LoopbackClient.make(server, credentials: credentials).sts.assumeRoleWithWebIdentity(
            roleArn: "arn:aws:iam::123456789012:role/OrgOps", sessionName: "pod", webIdentityToken: "eyJhbGciOi",
            durationSeconds: nil)
        #expect(result.accessKeyId == "ASIARZPUZDIKEGYAIFDB")
        let request = try #require(server.requests.first)
        #expect(request.header("Authorization") == nil)
        #expect(request.header("X-Amz-Security-Token") == nil)
        #expect(request.bodyText.contains("Action=AssumeRoleWithWebIdentity&Version=2011-06-15"))
        #expect(request.bodyText.contains("WebIdentityToken=eyJhbGciOi"))
        #expect(credentials.calls == 0)
    }

    @Test("STS GetCallerIdentity")
    func callerIdentity() async throws {
        let server = try LoopbackHTTPServer(script: [try LoopbackClient.fixture("sts-get-caller-identity.http")])
        defer { server.stop() }
        let identity = try await LoopbackClient.make(server).stsClient.getCallerIdentity()
        #expect(identity == .init(account: "123456789012", arn: "arn:aws:sts::123456789012:user/moto",
                                  userId: "AKIAIOSFODNN7EXAMPLE"))
    }
}
