import Foundation
import Testing
@testable import AWSClient

@Suite struct ContainerCredentialProviderTests {
    let clock = TestClock()
    let files = FakeFiles()
    let transport = FakeMetadataTransport()

    func provider(_ environment: [String: String]) throws -> ContainerCredentialProvider {
        try ContainerCredentialProvider(environment: environment, readFile: files.reader, transport: transport, clock: clock)
    }

    @Test func relativeURIIsAppendedToTheECSAddress() throws {
        let url = try provider(["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/credentials/abc"]).url
        #expect(url.absoluteString == "http://169.254.170.2/v2/credentials/abc")
    }

    @Test(arguments: ["http://169.254.170.23/v1/credentials", "http://[fd00:ec2::23]/v1/credentials",
                      "http://169.254.170.2/creds", "http://127.0.0.1:8080/creds", "http://127.1.2.3/creds",
                      "http://localhost/creds", "http://[::1]/creds", "https://creds.example.com/x"])
    func allowedFullURIs(_ uri: String) throws {
        #expect(try provider(["AWS_CONTAINER_CREDENTIALS_FULL_URI": uri]).url.absoluteString == uri)
    }

    @Test(arguments: ["http://creds.example.com/x", "http://169.254.169.254/x", "ftp://localhost/x", "not a url"])
    func rejectedFullURIs(_ uri: String) {
        #expect(throws: CredentialProviderError.self) {
            try provider(["AWS_CONTAINER_CREDENTIALS_FULL_URI": uri])
        }
    }

    @Test func doesNotApplyWithoutAURI() {
        #expect { try provider([:]) } throws: { ($0 as? CredentialProviderError)?.isNotConfigured == true }
    }

    @Test func podIdentityTokenFileIsReadOnEveryFetch() async throws {
        files.set("/var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token", "pod-token\n")
        let container = try provider([
            "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://169.254.170.23/v1/credentials",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": "/var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN": "ignored-when-a-file-is-set",
        ])
        let credentials = try await container.credentials()
        #expect(credentials.accessKeyId == "ASIAMETA" && credentials.sessionToken == "meta-token")
        files.set("/var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token", "rotated")
        transport.configure { $0.containerToken = "rotated" }
        _ = try await container.credentials()
        #expect(transport.requests.map { $0.header("Authorization") } == ["pod-token", "rotated"])
    }

    @Test func missingAuthorizationIsReportedAs400() async throws {
        let container = try provider(["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://169.254.170.23/v1/credentials"])
        await #expect(throws: CredentialProviderError.endpointRejected(
            provider: "container", url: "http://169.254.170.23/v1/credentials", status: 400,
            detail: "check the authorization token (AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE)")) {
            try await container.credentials()
        }
        #expect(transport.requests.count == 1)
    }

    @Test func serverErrorsAreRetriedOneSecondApart() async throws {
        transport.configure { $0.containerStatuses = [503, 500] }
        let container = try provider(["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/creds",
                                      "AWS_CONTAINER_AUTHORIZATION_TOKEN": "pod-token"])
        #expect(try await container.credentials().accessKeyId == "ASIAMETA")
        #expect(transport.requests.count == 3)
        #expect(clock.sleeps == [.seconds(1), .seconds(1)])
    }

    @Test func tokenWithALineBreakIsRejected() async throws {
        let container = try provider(["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/creds",
                                      "AWS_CONTAINER_AUTHORIZATION_TOKEN": "a\r\nX-Injected: 1"])
        await #expect(throws: CredentialProviderError.self) { try await container.credentials() }
    }
}
