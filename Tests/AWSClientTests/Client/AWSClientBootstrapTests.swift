import AWSClient
import Foundation
import Testing
import TestSupport

@Suite("AWSClient bootstrap")
struct AWSClientBootstrapTests {
    /// A provider that assumes a role through the STS it was built with, like the default chain's role step.
    struct RoleProvider: CredentialProvider {
        let sts: any STSCredentialService

        func credentials() async throws -> AWSCredentials {
            try await sts.assumeRole(roleArn: "arn:aws:iam::123456789012:role/OrgOps", sessionName: "orgops",
                                     externalId: nil, durationSeconds: nil,
                                     using: StaticCredentialProvider(AWSCredentials(accessKeyId: "AKIASOURCE",
                                                                                    secretAccessKey: "s")))
        }
    }

    @Test("a credential provider built on the client's own STS signs the client's calls, and both are counted")
    func bootstrap() async throws {
        let server = try LoopbackHTTPServer(script: [try LoopbackClient.fixture("sts-assume-role.http"),
                                                     LoopbackClient.json(200, "{}")])
        defer { server.stop() }
        let template = LoopbackClient.make(server).configuration
        var configuration = template
        configuration.credentials = AWSClient.noCredentials
        let client = AWSClient.bootstrap(configuration: configuration) { sts in RoleProvider(sts: sts) }
        try await client.json(.organizations, "ListRoots", input: EmptyInput())
        let requests = server.requests
        #expect(requests.count == 2)
        #expect(requests[0].header("Authorization")?.contains("Credential=AKIASOURCE/") == true)
        #expect(requests[1].header("Authorization")?.contains("Credential=ASIARZPUZDIKEGYAIFDB/") == true)
        #expect(client.calls.totalAttempts == 2)
        #expect(client.calls.count(service: "sts", operation: "AssumeRole", outcome: .ok) == 1)
    }

    @Test("the placeholder provider fails with the chain's error")
    func placeholder() async {
        await #expect(throws: CredentialProviderError.self) { _ = try await AWSClient.noCredentials.credentials() }
    }
}
