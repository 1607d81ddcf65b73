import Foundation

/// Credentials from `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` (+ `AWS_SESSION_TOKEN`,
/// or botocore's legacy `AWS_SECURITY_TOKEN`, and `AWS_CREDENTIAL_EXPIRATION`).
///
/// The environment is a value passed in, never read from the process here, so
/// tests and the composition root decide what it holds.
public struct EnvironmentCredentialProvider: CredentialProvider {
    /// The provider's name in chain messages.
    public static let name = "environment"
    /// `name`, for error messages.
    public var providerName: String { Self.name }
    private let environment: [String: String]

    /// Reads from `environment`.
    public init(environment: [String: String]) {
        self.environment = environment
    }

    /// The environment's credentials (see `resolve`).
    public func credentials() async throws -> AWSCredentials {
        try resolve()
    }

    /// The credentials, synchronously; `notConfigured` when neither key variable is set.
    public func resolve() throws -> AWSCredentials {
        let keyId = value("AWS_ACCESS_KEY_ID")
        let secret = value("AWS_SECRET_ACCESS_KEY")
        switch (keyId, secret) {
        case (nil, nil):
            throw CredentialProviderError.notConfigured(
                provider: Self.name, reason: "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set")
        case (.some, nil):
            throw CredentialProviderError.incomplete(
                provider: Self.name, detail: "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not")
        case (nil, .some):
            throw CredentialProviderError.incomplete(
                provider: Self.name, detail: "AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not")
        case let (.some(keyId), .some(secret)):
            var expiration: Date?
            if let text = value("AWS_CREDENTIAL_EXPIRATION") {
                guard let date = MetadataCredentials.parseDate(text) else {
                    throw CredentialProviderError.incomplete(
                        provider: Self.name, detail: "AWS_CREDENTIAL_EXPIRATION '\(text)' is not an ISO 8601 time")
                }
                expiration = date
            }
            return AWSCredentials(accessKeyId: keyId, secretAccessKey: secret,
                                  sessionToken: value("AWS_SESSION_TOKEN") ?? value("AWS_SECURITY_TOKEN"),
                                  expiration: expiration)
        }
    }

    private func value(_ name: String) -> String? {
        guard let value = environment[name], !value.isEmpty else { return nil }
        return value
    }
}
