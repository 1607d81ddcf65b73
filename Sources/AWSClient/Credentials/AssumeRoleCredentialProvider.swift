import OperatorSupport

/// Credentials of an IAM role, assumed with `sts:AssumeRole` from a source identity.
///
/// This is how the operator's own identity (IRSA, Pod Identity, a profile)
/// becomes each organization's management-account credentials; wrap it in a
/// `CachingCredentialProvider` (see `cached(clock:)`) so the role is assumed
/// once per hour-ish, not once per call.
public struct AssumeRoleCredentialProvider: CredentialProvider {
    /// The role to assume (`arn:aws:iam::<account>:role/<name>`).
    public let roleArn: String
    /// The role session name, visible in CloudTrail.
    public let sessionName: String
    /// The external ID the role's trust policy demands, if any.
    public let externalId: String?
    /// The session length; nil leaves STS's default (one hour).
    public let durationSeconds: Int?
    private let source: any CredentialProvider
    private let sts: any STSCredentialService

    /// Creates the provider; `source` signs the `AssumeRole` call.
    public init(roleArn: String, sessionName: String, externalId: String? = nil, durationSeconds: Int? = nil,
                source: any CredentialProvider, sts: any STSCredentialService) {
        self.roleArn = roleArn
        self.sessionName = sessionName
        self.externalId = externalId
        self.durationSeconds = durationSeconds
        self.source = source
        self.sts = sts
    }

    /// Names the role, which is what a person checks the trust policy of.
    public var providerName: String { "assume role \(roleArn)" }

    /// Calls `sts:AssumeRole` (every time: caching is the wrapper's job).
    public func credentials() async throws -> AWSCredentials {
        try await sts.assumeRole(roleArn: roleArn, sessionName: sessionName, externalId: externalId,
                                 durationSeconds: durationSeconds, using: source)
    }
}

extension CredentialProvider {
    /// This provider behind a cache that refreshes before expiry and shares refreshes.
    public func cached(clock: any OperatorClock) -> CachingCredentialProvider {
        CachingCredentialProvider(self, clock: clock)
    }
}
