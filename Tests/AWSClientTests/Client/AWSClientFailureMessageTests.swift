import AWSClient
import Foundation
import Testing
import TestSupport

/// What a person reads when a call cannot even be signed, or the server lacks the operation.
@Suite("AWSClient failure messages")
struct AWSClientFailureMessageTests {
    /// A provider whose failure text would leak a secret if the client quoted it.
    struct LeakyFailure: Error, CustomStringConvertible {
        var description: String { "endpoint said: SecretAccessKey=wJalrXUtnFEMI/K7MDENG" }
    }

    struct FailingProvider: CredentialProvider {
        let error: any Error
        var providerName: String { "container" }
        func credentials() async throws -> AWSCredentials { throw error }
    }

    /// An STS that refuses every role, as a trust policy without the operator's principal does.
    struct RefusingSTS: STSCredentialService {
        func assumeRole(roleArn: String, sessionName: String, externalId: String?, durationSeconds: Int?,
                        using source: any CredentialProvider) async throws -> AWSCredentials {
            throw AWSError(code: "AccessDenied", message: "not authorized to perform sts:AssumeRole on \(roleArn)",
                           httpStatus: 403, service: "sts", operation: "AssumeRole", scope: "operator")
        }

        func assumeRoleWithWebIdentity(roleArn: String, sessionName: String, webIdentityToken: String,
                                       durationSeconds: Int?) async throws -> AWSCredentials {
            throw AWSError(code: "AccessDenied", message: "no", httpStatus: 403, service: "sts",
                           operation: "AssumeRoleWithWebIdentity", scope: "operator")
        }
    }

    private func failure(_ provider: any CredentialProvider) async throws -> (AWSError?, Int) {
        let server = try LoopbackHTTPServer(script: [], fallback: LoopbackClient.json(200, "{}"))
        defer { server.stop() }
        let client = LoopbackClient.make(server, credentials: provider)
        let error = await #expect(throws: AWSError.self) {
            try await client.json(.organizations, "ListRoots", input: EmptyInput())
        }
        return (error, server.requests.count)
    }

    @Test("a provider error becomes CredentialsUnavailable naming the provider and the call, sent nowhere")
    func providerError() async throws {
        let (error, sent) = try await failure(FailingProvider(error: CredentialProviderError.endpointRejected(
            provider: "container", url: "http://169.254.170.2/v2/credentials/x", status: 403, detail: "denied")))
        #expect(sent == 0)
        #expect(error?.code == AWSError.ClientCode.credentials)
        #expect(error?.origin == .client)
        #expect(error?.description == "organizations ListRoots failed for 'workloads': CredentialsUnavailable: "
            + "no credentials to sign with (provider: container): container credentials endpoint "
            + "http://169.254.170.2/v2/credentials/x answered HTTP 403: denied")
    }

    @Test("an unknown provider error is quoted by type only, so its text cannot leak a secret")
    func unknownErrorNotQuoted() async throws {
        let (error, sent) = try await failure(FailingProvider(error: LeakyFailure()))
        #expect(sent == 0)
        #expect(error?.message == "no credentials to sign with (provider: container): LeakyFailure")
        #expect(error?.description.contains("wJalr") == false)
    }

    @Test("a refused AssumeRole names the role and keeps STS's code and message")
    func assumeRoleRefused() async throws {
        let source = StaticCredentialProvider(AWSCredentials(accessKeyId: "AKIASOURCE", secretAccessKey: "s3cr3t"))
        let provider = AssumeRoleCredentialProvider(roleArn: "arn:aws:iam::111111111111:role/orgops",
                                                    sessionName: "orgops", source: source, sts: RefusingSTS())
        let (error, sent) = try await failure(provider)
        #expect(sent == 0)
        let message = try #require(error?.message)
        #expect(message.hasPrefix("no credentials to sign with (provider: assume role arn:aws:iam::111111111111:role/orgops): "
            + "sts AssumeRole failed for 'operator': AccessDenied (HTTP 403)"))
        #expect(!message.contains("s3cr3t"))
    }

    @Test("a chain names the step that failed")
    func chainStep() async throws {
        let chain = CredentialProviderChain(steps: [
            .init(name: "environment") {
                throw CredentialProviderError.notConfigured(provider: "environment", reason: "AWS_ACCESS_KEY_ID is not set")
            },
            .init(name: "web identity") {
                throw CredentialProviderError.tokenFileUnreadable(path: "/var/run/token", reason: "no such file")
            },
        ])
        let (error, _) = try await failure(chain)
        #expect(error?.message == "no credentials to sign with (provider: chain step 'web identity'): "
            + "cannot read token file /var/run/token: no such file")
    }

    @Test("moto's page for a missing operation is retried like any 5xx, then says the server lacks the operation")
    func notImplementedAfterRetries() async throws {
        let server = try LoopbackHTTPServer(script: [], fallback: try LoopbackClient.fixture("moto-not-implemented-500.http"))
        defer { server.stop() }
        let client = LoopbackClient.make(server)
        let error = await #expect(throws: AWSError.self) {
            try await client.json(.organizations, "DescribeEffectivePolicy", input: EmptyInput())
        }
        let attempts = client.calls.snapshot().filter { $0.operation == "DescribeEffectivePolicy" }
            .reduce(0) { $0 + $1.attempts }
        #expect(attempts == 3, "retried up to the standard three attempts")
        #expect(client.calls.count(service: "organizations", operation: "DescribeEffectivePolicy",
                                   outcome: .error(AWSError.ClientCode.notImplemented)) >= 2)
        #expect(error?.code == AWSError.ClientCode.notImplemented)
        #expect(error?.description.hasPrefix("organizations DescribeEffectivePolicy failed for 'workloads': "
            + "OperationNotImplemented (HTTP 500): the server does not implement DescribeEffectivePolicy") == true)
    }
}
