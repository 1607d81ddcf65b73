/// Returns the same credentials every time: long-lived keys from a profile, or fixed test keys.
public struct StaticCredentialProvider: CredentialProvider {
    /// The credentials handed out.
    public let value: AWSCredentials

    /// Wraps fixed credentials.
    public init(_ credentials: AWSCredentials) {
        value = credentials
    }

    /// Names the key id only (never the secret), which is what a person can look up.
    public var providerName: String { "static keys \(value.accessKeyId)" }

    /// The fixed credentials.
    public func credentials() async throws -> AWSCredentials {
        value
    }
}
