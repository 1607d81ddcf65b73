import Foundation
import Testing
@testable import AWSClient

/// The AWS Common Runtime SigV4 test suite (`Fixtures/sigv4`, see its LICENSE):
/// every case, header signing and query signing, each intermediate step.
@Suite struct SigV4SuiteTests {
    static let cases: [SigV4SuiteCase] = (try? SigV4SuiteCase.all()) ?? []

    @Test func suiteIsPresent() {
        #expect(SigV4SuiteTests.cases.count == 38)
    }

    @Test(arguments: cases)
    func headerSigning(_ suite: SigV4SuiteCase) throws {
        let date = try suite.date
        let omit = suite.context.omit_session_token ?? false
        let steps = suite.partsSigner().headerSigningSteps(
            try suite.request.httpRequest(), path: String(suite.request.target.prefix { $0 != "?" }),
            date: date, omitSessionToken: omit)
        #expect(steps.canonicalRequest == (try suite.expected("header", "canonical-request")))
        #expect(steps.stringToSign == (try suite.expected("header", "string-to-sign")))
        #expect(steps.signature == (try suite.expected("header", "signature")))

        let signed = try suite.requestSigner().sign(try suite.request.httpRequest(), date: date, omitSessionToken: omit)
        try expectSame(signed, try SigV4SuiteCase.RawRequest(parsing: try suite.file("header-signed-request.txt")))
    }

    @Test(arguments: cases)
    func querySigning(_ suite: SigV4SuiteCase) throws {
        let date = try suite.date
        let omit = suite.context.omit_session_token ?? false
        let expires = suite.context.expiration_in_seconds
        let steps = suite.partsSigner().querySigningSteps(
            try suite.request.httpRequest(), path: String(suite.request.target.prefix { $0 != "?" }),
            date: date, expires: expires, omitSessionToken: omit)
        #expect(steps.canonicalRequest == (try suite.expected("query", "canonical-request")))
        #expect(steps.stringToSign == (try suite.expected("query", "string-to-sign")))
        #expect(steps.signature == (try suite.expected("query", "signature")))

        let presigned = try suite.requestSigner().presign(
            try suite.request.httpRequest(), date: date, expires: expires, omitSessionToken: omit)
        try expectSame(presigned, try SigV4SuiteCase.RawRequest(parsing: try suite.file("query-signed-request.txt")))
    }

    private func expectSame(_ actual: HTTPRequest, _ expected: SigV4SuiteCase.RawRequest) throws {
        #expect(actual.method == expected.method)
        #expect(actual.url.absoluteString == (try expected.url()).absoluteString)
        #expect(actual.headers.map { "\($0.name):\($0.value)" } == expected.headers.map { "\($0.name):\($0.value)" })
        #expect(actual.body == expected.body)
    }
}
