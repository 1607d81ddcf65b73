import Foundation
import Testing
@testable import AWSClient

@Suite struct SigV4SignerTests {
    static let credentials = AWSCredentials(accessKeyId: "AKIDEXAMPLE",
                                            secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    static let date = Date(timeIntervalSince1970: 1_440_938_160)  // 2015-08-30T12:36:00Z

    func request(_ url: String, headers: [(name: String, value: String)] = [], body: String = "") throws -> HTTPRequest {
        HTTPRequest(method: "POST", url: try #require(URL(string: url)), headers: headers, body: Array(body.utf8))
    }

    @Test func signingIsPure() throws {
        let signer = SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "organizations")
        let original = try request("https://organizations.us-east-1.amazonaws.com/",
                                   headers: [("Content-Type", "application/x-amz-json-1.1")], body: "{}")
        let first = signer.sign(original, date: Self.date)
        #expect(signer.sign(original, date: Self.date) == first)
        // Re-signing an already signed request (a retry) replaces the signing headers, not adds to them.
        #expect(signer.sign(first, date: Self.date) == first)
        let later = signer.sign(first, date: Self.date.addingTimeInterval(5))
        #expect(later.headers.filter { $0.name == "Authorization" }.count == 1)
        #expect(later.header("X-Amz-Date") == "20150830T123605Z")
        #expect(later.header("Authorization") != first.header("Authorization"))
    }

    @Test func hostComesFromTheURLWhenNoHeaderIsSet() throws {
        let signer = SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "service")
        let steps = signer.headerSigningSteps(try request("http://localhost:4566/"), path: "/", date: Self.date)
        #expect(steps.canonicalRequest.contains("\nhost:localhost:4566\n"))
        #expect(SigV4Signer.hostHeader(for: try #require(URL(string: "https://sts.amazonaws.com:443/"))) == "sts.amazonaws.com")
        #expect(SigV4Signer.hostHeader(for: try #require(URL(string: "http://[fd00:ec2::23]:8080/"))) == "[fd00:ec2::23]:8080")
    }

    @Test func blacklistedHeadersAreNotSigned() throws {
        let signer = SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "service")
        let signed = signer.sign(try request("https://example.amazonaws.com/",
                                             headers: [("User-Agent", "orgops"), ("X-Amzn-Trace-Id", "Root=1"),
                                                       ("Expect", "100-continue"), ("X-Amz-Target", "A.B")]),
                                 date: Self.date)
        #expect(signed.header("Authorization")?.contains("SignedHeaders=host;x-amz-date;x-amz-target,") == true)
        #expect(signed.header("User-Agent") == "orgops")
    }

    @Test func sessionTokenIsSignedUnlessOmitted() throws {
        let temporary = AWSCredentials(accessKeyId: "ASIA1", secretAccessKey: "secret", sessionToken: "tok")
        let signer = SigV4Signer(credentials: temporary, region: "eu-west-1", service: "sso")
        let signed = signer.sign(try request("https://sso.eu-west-1.amazonaws.com/"), date: Self.date)
        #expect(signed.header("X-Amz-Security-Token") == "tok")
        #expect(signed.header("Authorization")?.contains("Credential=ASIA1/20150830/eu-west-1/sso/aws4_request") == true)
        #expect(signed.header("Authorization")?.contains("SignedHeaders=host;x-amz-date;x-amz-security-token,") == true)
        let omitted = signer.sign(try request("https://sso.eu-west-1.amazonaws.com/"), date: Self.date, omitSessionToken: true)
        #expect(omitted.header("X-Amz-Security-Token") == "tok")
        #expect(omitted.header("Authorization")?.contains("SignedHeaders=host;x-amz-date,") == true)
    }

    @Test func pathIsEncodedTwiceExceptForS3() {
        let regular = SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "service")
        #expect(regular.canonicalURI("/a%20b/c:d") == "/a%2520b/c%3Ad")
        #expect(regular.canonicalURI("") == "/")
        let s3 = SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "s3",
                             normalizePath: false, doubleEncodePath: false)
        #expect(s3.canonicalURI("/a%20b//./c") == "/a%20b//./c")
    }

    @Test func canonicalQueryDecodesThenEncodesAndSorts() {
        #expect(SigV4Signer.canonicalQuery("b=2&a=%7E&a=1&c&d=x%2By+z") == "a=1&a=~&b=2&c=&d=x%2By%2Bz")
        #expect(SigV4Signer.canonicalQuery("bad=%zz") == "bad=%25zz")
    }

    @Test func encodingRules() {
        #expect(SigV4Encoding.uriEncode("a b/ሴ~") == "a%20b%2F%E1%88%B4~")
        #expect(SigV4Encoding.uriEncode("a b/c", keepSlash: true) == "a%20b/c")
        #expect(SigV4Encoding.normalizePath("/a/./b/../c//") == "/a/c/")
        #expect(SigV4Encoding.normalizePath("/../..") == "/")
        #expect(SigV4Encoding.canonicalHeaderValue("  a \t b\n   c  ") == "a b c")
    }

    @Test(arguments: [
        (Int64(0), "19700101T000000Z"),
        (Int64(951_782_400), "20000229T000000Z"),
        (Int64(1_440_938_160), "20150830T123600Z"),
        (Int64(4_102_444_799), "20991231T235959Z"),
        (Int64(-1), "19691231T235959Z"),
    ])
    func timestamps(seconds: Int64, expected: String) {
        let stamp = SigV4Encoding.timestamps(secondsSince1970: seconds)
        #expect(stamp.dateTime == expected)
        #expect(stamp.date == String(expected.prefix(8)))
    }

    @Test func presignReplacesEarlierSigningParameters() throws {
        let signer = SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "service")
        let original = try request("https://example.amazonaws.com/?Param1=value1")
        let once = signer.presign(original, date: Self.date, expires: 60)
        let twice = signer.presign(once, date: Self.date, expires: 60)
        #expect(once == twice)
        #expect(once.url.query?.hasPrefix("Param1=value1&X-Amz-Algorithm=AWS4-HMAC-SHA256&") == true)
    }

    /// Expected values computed with botocore 1.43 (`SigV4Auth.add_auth`, time pinned to 2026-12-01T13:45:07Z).
    @Test func matchesBotocoreForAnOrganizationsCall() throws {
        let credentials = AWSCredentials(accessKeyId: "ASIAEXAMPLE123", secretAccessKey: "secretEXAMPLEkey/abc+def",
                                         sessionToken: "session/token+with=chars")
        let signer = SigV4Signer(credentials: credentials, region: "us-east-1", service: "organizations")
        let original = try request("https://organizations.us-east-1.amazonaws.com/",
                                   headers: [("Content-Type", "application/x-amz-json-1.1"),
                                             ("X-Amz-Target", "AWSOrganizationsV20161128.ListAccounts"),
                                             ("User-Agent", "orgops/1.0")],
                                   body: "{\"MaxResults\":20}")
        let signed = signer.sign(original, date: Date(timeIntervalSince1970: 1_796_132_707))
        #expect(signed.header("X-Amz-Date") == "20261201T134507Z")
        #expect(signed.header("X-Amz-Security-Token") == "session/token+with=chars")
        #expect(signed.header("Authorization") == "AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE123/20261201/us-east-1/organizations/"
                + "aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, "
                + "Signature=fe2256a59658e08a2c62a7293f78d480991ea1c642c1c71f38eb19bfb671e6e6")
    }

    /// botocore double-encodes an encoded path for non-S3 services (`/a%20b` is signed as `/a%2520b`).
    @Test func matchesBotocoreForAnEncodedPathAndQuery() throws {
        let credentials = AWSCredentials(accessKeyId: "ASIAEXAMPLE123", secretAccessKey: "secretEXAMPLEkey/abc+def",
                                         sessionToken: "session/token+with=chars")
        let signer = SigV4Signer(credentials: credentials, region: "eu-west-1", service: "sso")
        var original = try request("https://sso.eu-west-1.amazonaws.com/a%20b/c?z=1&a=b%20c")
        original.method = "GET"
        let signed = signer.sign(original, date: Date(timeIntervalSince1970: 1_796_132_707))
        #expect(signed.header("Authorization")?.hasSuffix(
            "Signature=a4c146da2f723338492d9a08aac55a1d8a54793fa6f6f61598295d542492fed5") == true)
    }

    @Test func benchmarkReportsAPositiveCost() {
        let microseconds = SigV4Benchmark.run(iterations: 20)
        #expect(microseconds > 0 && microseconds.isFinite)
    }
}
