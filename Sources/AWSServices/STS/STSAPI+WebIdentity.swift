import AWSClient

extension STSAPI {
    /// Exchanges a web identity token (EKS IRSA, a CI OIDC token) for role credentials.
    ///
    /// AWS models this call as unsigned: the token is the only credential a pod
    /// has. So it goes through the client's own STS service, which sends it
    /// without a signature, rather than through the signed query path of the
    /// other methods. Only the members that service sends are used (`RoleArn`,
    /// `RoleSessionName`, `WebIdentityToken`, `DurationSeconds`). `Operation.assumeRoleWithWebIdentity`
    /// keeps it in `AWSOperationTable`.
    public func assumeRoleWithWebIdentity(_ input: AssumeRoleWithWebIdentityRequest) async throws -> AWSCredentials {
        try await client.sts.assumeRoleWithWebIdentity(
            roleArn: input.roleArn, sessionName: input.roleSessionName, webIdentityToken: input.webIdentityToken,
            durationSeconds: input.durationSeconds)
    }
}
