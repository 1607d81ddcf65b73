/// The two STS calls the credential providers need, as a seam.
///
/// The AWS client core implements it over the query protocol; keeping it a
/// protocol here lets the credentials module stay below the client and lets
/// tests use an in-memory STS. `assumeRoleWithWebIdentity` is an unsigned call,
/// so it takes no source credentials.
public protocol STSCredentialService: Sendable {
    /// `sts:AssumeRole`, signed with credentials from `source`.
    func assumeRole(roleArn: String, sessionName: String, externalId: String?, durationSeconds: Int?,
                    using source: any CredentialProvider) async throws -> AWSCredentials
    /// `sts:AssumeRoleWithWebIdentity` with an OIDC token (EKS IRSA, GitHub Actions).
    func assumeRoleWithWebIdentity(roleArn: String, sessionName: String, webIdentityToken: String,
                                   durationSeconds: Int?) async throws -> AWSCredentials
}
