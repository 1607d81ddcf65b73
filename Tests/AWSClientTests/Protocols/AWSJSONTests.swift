import AWSClient
import Foundation
import Testing

@Suite("AWS JSON 1.1 codec")
struct AWSJSONTests {
    struct Stamped: Codable, Equatable {
        var at: Date
        var name: String?
    }

    struct Account: Decodable {
        var Id: String
        var Name: String
        var JoinedTimestamp: Date
    }

    struct ListAccountsOutput: Decodable {
        var Accounts: [Account]
        var NextToken: String?
    }

    @Test("dates encode as epoch seconds with fractions")
    func encodesEpoch() throws {
        let body = try AWSJSON.encode(Stamped(at: Date(timeIntervalSince1970: 1_795_354_178.125), name: nil))
        #expect(String(decoding: body, as: UTF8.self) == #"{"at":1795354178.125}"#)
    }

    @Test("dates decode from epoch numbers and ISO-8601 strings", arguments: [
        (#"{"at":1795354178.124184}"#, 1_795_354_178.124184),
        (#"{"at":1795354178}"#, 1_795_354_178),
        (#"{"at":"2026-11-22T13:31:06.995004Z"}"#, 1_795_354_266.995004),
        (#"{"at":"2026-11-22T13:31:06Z"}"#, 1_795_354_266),
        (#"{"at":"2026-11-22T14:31:06.5+01:00"}"#, 1_795_354_266.5),
    ])
    func decodesDates(json: String, seconds: Double) throws {
        let value = try AWSJSON.decode(Stamped.self, from: Array(json.utf8))
        #expect(abs(value.at.timeIntervalSince1970 - seconds) < 0.000_001)
    }

    @Test("a malformed timestamp is a decoding error naming the text")
    func badDate() {
        #expect(throws: DecodingError.self) {
            _ = try AWSJSON.decode(Stamped.self, from: Array(#"{"at":"yesterday"}"#.utf8))
        }
    }

    @Test("explicit nulls decode as absent optionals")
    func nulls() throws {
        let value = try AWSJSON.decode(Stamped.self, from: Array(#"{"at":1,"name":null}"#.utf8))
        #expect(value.name == nil)
    }

    @Test("an empty body decodes as an empty object")
    func emptyBody() throws {
        _ = try AWSJSON.decode(EmptyOutput.self, from: [])
        #expect(try AWSJSON.encode(EmptyInput()) == Array("{}".utf8))
    }

    @Test("moto's ListAccounts success (text/html, NextToken null) decodes")
    func motoListAccounts() throws {
        let response = try ResponseFixtures.load("organizations-list-accounts.http")
        let output = try AWSJSON.decode(ListAccountsOutput.self, from: response.body)
        #expect(output.Accounts.map(\.Name) == ["master", "workloads"])
        #expect(output.NextToken == nil)
        #expect(abs(output.Accounts[1].JoinedTimestamp.timeIntervalSince1970 - 1_796_133_117.278841) < 0.000_001)
    }

    @Test("timestamps format for query parameters in UTC with milliseconds")
    func formatsTimestamps() {
        #expect(AWSTimestamp.format(Date(timeIntervalSince1970: 1_795_354_266.995)) == "2026-11-22T13:31:06.995Z")
        #expect(AWSTimestamp.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(AWSTimestamp.parse("2026-02-30") == nil)
        #expect(AWSTimestamp.parse("2026-11-22T13:31:06.Z") == nil)
    }
}
