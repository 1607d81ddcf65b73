import Foundation

/// STS over the query protocol: the calls the credential chain and the org fan-out need.
///
/// `AssumeRole` signs with the source credentials it is given (the
/// management account's, to reach a member account's role);
/// `AssumeRoleWithWebIdentity` is sent unsigned, because the web identity
/// token is the only credential a pod has. Calls share the parent client's
/// transport, limits, counter and retry quota.
public struct STSClient: STSCredentialService {
    let configuration: AWSClient.Configuration
    let shared: AWSClient.Shared

    init(configuration: AWSClient.Configuration, shared: AWSClient.Shared) {
        self.configuration = configuration
        self.shared = shared
    }

    /// Who the configured credentials belong to.
    public struct CallerIdentity: Sendable, Equatable {
        /// The 12-digit account id.
        public var account: String
        /// The principal's ARN.
        public var arn: String
        /// The principal's unique id.
        public var userId: String

        /// Creates an identity.
        public init(account: String, arn: String, userId: String) {
            self.account = account
            self.arn = arn
            self.userId = userId
        }
    }

    /// Assumes a role with the source credentials; `externalId` and `durationSeconds` are sent when given.
    public func assumeRole(roleArn: String, sessionName: String, externalId: String?, durationSeconds: Int?,
                           using source: any CredentialProvider) async throws -> AWSCredentials {
        var parameters = QueryParameters()
        parameters.append("RoleArn", roleArn)
        parameters.append("RoleSessionName", sessionName)
        parameters.append("ExternalId", externalId)
        parameters.append("DurationSeconds", durationSeconds)
        let result = try await client(source).query(.sts, "AssumeRole", parameters: parameters, region: nil,
                                                    signed: true)
        return try credentials(in: result, action: "AssumeRole")
    }

    /// Exchanges a web identity token (EKS IRSA) for role credentials; the call is not signed.
    public func assumeRoleWithWebIdentity(roleArn: String, sessionName: String, webIdentityToken: String,
                                          durationSeconds: Int?) async throws -> AWSCredentials {
        var parameters = QueryParameters()
        parameters.append("RoleArn", roleArn)
        parameters.append("RoleSessionName", sessionName)
        parameters.append("WebIdentityToken", webIdentityToken)
        parameters.append("DurationSeconds", durationSeconds)
        let result = try await client(configuration.credentials).query(
            .sts, "AssumeRoleWithWebIdentity", parameters: parameters, region: nil, signed: false)
        return try credentials(in: result, action: "AssumeRoleWithWebIdentity")
    }

    /// Asks STS who the configured credentials are; always allowed, so it doubles as a credentials check.
    public func getCallerIdentity() async throws -> CallerIdentity {
        let result = try await client(configuration.credentials).query(
            .sts, "GetCallerIdentity", parameters: QueryParameters(), region: nil, signed: true)
        guard let account = result.string("Account"), let arn = result.string("Arn") else {
            throw missing("Account and Arn", action: "GetCallerIdentity")
        }
        return CallerIdentity(account: account, arn: arn, userId: result.string("UserId") ?? "")
    }

    private func client(_ credentials: any CredentialProvider) -> AWSClient {
        var derived = configuration
        derived.credentials = credentials
        return AWSClient(configuration: derived, shared: shared)
    }

    private func credentials(in result: XMLTree, action: String) throws -> AWSCredentials {
        guard let element = result.child("Credentials"), let keyId = element.string("AccessKeyId"),
              let secret = element.string("SecretAccessKey"), !keyId.isEmpty, !secret.isEmpty else {
            throw missing("Credentials with AccessKeyId and SecretAccessKey", action: action)
        }
        let token = element.string("SessionToken").flatMap { $0.isEmpty ? nil : $0 }
        return AWSCredentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: token,
                              expiration: element.date("Expiration"))
    }

    /// An answer without the expected elements; names them but never echoes the body (it may hold secrets).
    private func missing(_ what: String, action: String) -> AWSError {
        AWSError(code: AWSError.ClientCode.undecodable, message: "the response has no \(what)", httpStatus: 200,
                 service: ServiceDescriptor.sts.name, operation: action, scope: configuration.scope,
                 origin: .undecodableResponse)
    }
}
