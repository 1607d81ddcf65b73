import Foundation

/// One set of AWS credentials.
///
/// `description` never shows the secret or the session token, so a
/// credential can be logged by accident without leaking.
public struct AWSCredentials: Sendable, Equatable, CustomStringConvertible {
    /// The access key ID (`AKIA…` or `ASIA…`).
    public var accessKeyId: String
    /// The secret access key. Never printed.
    public var secretAccessKey: String
    /// The session token of temporary credentials. Never printed.
    public var sessionToken: String?
    /// When temporary credentials expire; nil for long-lived keys.
    public var expiration: Date?

    /// Creates credentials.
    public init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil, expiration: Date? = nil) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiration = expiration
    }

    public var description: String {
        "AWSCredentials(accessKeyId: \(accessKeyId), secretAccessKey: <redacted>, sessionToken: \(sessionToken == nil ? "nil" : "<redacted>"), expiration: \(expiration.map { "\($0)" } ?? "nil"))"
    }
}

/// Supplies credentials, refreshing them as needed.
///
/// Providers are shared by concurrent callers; a caching provider makes sure
/// concurrent callers share one refresh.
public protocol CredentialProvider: Sendable {
    /// Returns credentials that are valid now (refreshing first if they are about to expire).
    func credentials() async throws -> AWSCredentials

    /// A short name for error messages ("environment", "assume role arn:…"), so a failure to sign
    /// says which source failed; never contains a key, secret or token.
    var providerName: String { get }
}

extension CredentialProvider {
    /// The type's name, for providers that do not name themselves.
    public var providerName: String { "\(Self.self)" }
}
