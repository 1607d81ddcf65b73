import Foundation
import Testing
@testable import AWSClient

@Suite struct IMDSCredentialProviderTests {
    let transport = FakeMetadataTransport()

    @Test func followsTheIMDSv2Exchange() async throws {
        let imds = try IMDSCredentialProvider(environment: [:], transport: transport)
        let credentials = try await imds.credentials()
        #expect(credentials.accessKeyId == "ASIAMETA")
        let requests = transport.requests
        #expect(requests.map(\.method) == ["PUT", "GET", "GET"])
        #expect(requests.map(\.url.absoluteString) == [
            "http://169.254.169.254/latest/api/token",
            "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
            "http://169.254.169.254/latest/meta-data/iam/security-credentials/orgops-node",
        ])
        #expect(requests[0].header("x-aws-ec2-metadata-token-ttl-seconds") == "21600")
        #expect(requests[1].header("x-aws-ec2-metadata-token") == "imds-token")
        #expect(imds.timeout == .seconds(1))
    }

    @Test func disabledByEnvironment() {
        #expect {
            try IMDSCredentialProvider(environment: ["AWS_EC2_METADATA_DISABLED": "true"], transport: transport)
        } throws: { ($0 as? CredentialProviderError)?.isNotConfigured == true }
    }

    @Test func endpointModeAndOverride() throws {
        #expect(try IMDSCredentialProvider(environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE": "IPv6"],
                                           transport: transport).base == "http://[fd00:ec2::254]")
        #expect(try IMDSCredentialProvider(environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT": "http://127.0.0.1:1338/"],
                                           transport: transport).base == "http://127.0.0.1:1338")
        #expect(throws: CredentialProviderError.self) {
            try IMDSCredentialProvider(environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE": "IPv5"], transport: transport)
        }
        #expect(try IMDSCredentialProvider(environment: ["AWS_METADATA_SERVICE_TIMEOUT": "2.5"],
                                           transport: transport).timeout == .milliseconds(2500))
    }

    @Test func unreachableServiceDoesNotApply() async throws {
        transport.configure { $0.imdsAvailable = false }
        let imds = try IMDSCredentialProvider(environment: [:], transport: transport)
        await #expect { try await imds.credentials() } throws: {
            ($0 as? CredentialProviderError)?.isNotConfigured == true
        }
    }

    @Test func noRoleAttachedDoesNotApply() async throws {
        transport.configure { $0.imdsRole = nil }
        let imds = try IMDSCredentialProvider(environment: [:], transport: transport)
        await #expect { try await imds.credentials() } throws: {
            ($0 as? CredentialProviderError)?.isNotConfigured == true
        }
    }

    @Test func refusedTokenFallsBackToV1UnlessForbidden() async throws {
        transport.configure { $0.imdsTokenStatus = 403 }
        let v1 = try IMDSCredentialProvider(environment: [:], transport: transport)
        #expect(try await v1.credentials().accessKeyId == "ASIAMETA")
        #expect(transport.requests.last?.header("x-aws-ec2-metadata-token") == nil)
        let v2Only = try IMDSCredentialProvider(environment: ["AWS_EC2_METADATA_V1_DISABLED": "true"], transport: transport)
        await #expect { try await v2Only.credentials() } throws: {
            ($0 as? CredentialProviderError)?.code == "credentials.endpoint-rejected"
        }
    }

    @Test func malformedDocumentNeverEchoesTheBody() throws {
        let body = Array("{\"AccessKeyId\":\"ASIA\",\"Token\":\"secret-token\"}".utf8)
        #expect {
            try MetadataCredentials.parse(body, provider: "test", url: "http://x")
        } throws: { !"\($0)".contains("secret-token") }
    }
}
