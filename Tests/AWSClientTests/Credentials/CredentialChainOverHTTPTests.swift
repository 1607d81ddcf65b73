import AWSClient
import Foundation
import Testing
import TestSupport

/// The default chain end to end over real HTTP: a loopback server plays the instance metadata
/// service (IMDSv2) or the container credentials endpoint, reached through `URLSessionTransport`.
@Suite struct CredentialChainOverHTTPTests {
    static let credentialsJSON = """
        {"Code":"Success","Type":"AWS-HMAC","AccessKeyId":"ASIAMETADATA","SecretAccessKey":"metadata-secret",\
        "Token":"metadata-token","Expiration":"2027-01-15T14:00:00Z"}
        """

    private static func reply(_ status: Int, _ body: String) -> LoopbackHTTPServer.Reply {
        .respond(HTTPResponse(status: status, headers: [("Content-Type", "text/plain")], body: Array(body.utf8)))
    }

    private func chain(_ environment: [String: String], files: FakeFiles = FakeFiles()) -> any CredentialProvider {
        let clock = TestClock()
        return DefaultCredentialChain.make(environment: environment.merging(["HOME": "/home/op"]) { given, _ in given },
                                           readFile: files.reader, transport: URLSessionTransport(),
                                           sts: FakeSTS(clock: clock), clock: clock)
    }

    @Test func imdsV2TokenThenRoleThenCredentials() async throws {
        let server = try LoopbackHTTPServer { request, _ in
            switch (request.method, request.target) {
            case ("PUT", "/latest/api/token"):
                guard request.header("x-aws-ec2-metadata-token-ttl-seconds") == "21600" else {
                    return Self.reply(400, "missing TTL")
                }
                return Self.reply(200, "imds-session-token")
            case ("GET", _) where request.header("x-aws-ec2-metadata-token") != "imds-session-token":
                return Self.reply(401, "")
            case ("GET", "/latest/meta-data/iam/security-credentials/"):
                return Self.reply(200, "orgops-node\n")
            case ("GET", "/latest/meta-data/iam/security-credentials/orgops-node"):
                return Self.reply(200, Self.credentialsJSON)
            default:
                return Self.reply(404, "")
            }
        }
        defer { server.stop() }
        let endpoint = "http://127.0.0.1:\(server.port)"
        let credentials = try await chain(["AWS_EC2_METADATA_SERVICE_ENDPOINT": endpoint]).credentials()
        #expect(credentials.accessKeyId == "ASIAMETADATA")
        #expect(credentials.secretAccessKey == "metadata-secret")
        #expect(credentials.sessionToken == "metadata-token")
        #expect(credentials.expiration == Date(timeIntervalSince1970: 1_800_021_600))
        #expect(server.requests.map { "\($0.method) \($0.target)" } == [
            "PUT /latest/api/token", "GET /latest/meta-data/iam/security-credentials/",
            "GET /latest/meta-data/iam/security-credentials/orgops-node",
        ])
    }

    @Test func containerEndpointWithTheTokenFile() async throws {
        let server = try LoopbackHTTPServer { request, _ in
            guard request.method == "GET", request.target == "/v1/credentials" else { return Self.reply(404, "") }
            guard request.header("Authorization") == "pod-identity-token" else { return Self.reply(400, "no token") }
            return Self.reply(200, Self.credentialsJSON)
        }
        defer { server.stop() }
        let files = FakeFiles(["/var/run/secrets/eks-pod-identity/token": "pod-identity-token\n"])
        let credentials = try await chain([
            "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://127.0.0.1:\(server.port)/v1/credentials",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": "/var/run/secrets/eks-pod-identity/token",
            // IMDS would answer too if asked; the container step comes first
            "AWS_EC2_METADATA_SERVICE_ENDPOINT": "http://127.0.0.1:\(server.port)",
        ], files: files).credentials()
        #expect(credentials.accessKeyId == "ASIAMETADATA")
        #expect(credentials.sessionToken == "metadata-token")
        #expect(server.requests.map(\.target) == ["/v1/credentials"])
        #expect(server.requests.first?.header("Accept") == "application/json")
    }
}
