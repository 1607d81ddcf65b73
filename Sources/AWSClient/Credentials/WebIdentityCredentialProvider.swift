import Foundation

/// Credentials from `sts:AssumeRoleWithWebIdentity` with a token file (EKS IRSA).
///
/// The kubelet rotates the projected token, so the file is read again on every
/// fetch; the call itself is unsigned, so no other credentials are needed.
public struct WebIdentityCredentialProvider: CredentialProvider {
    /// The provider's name in chain messages.
    public static let name = "web identity"
    /// `name`, for error messages.
    public var providerName: String { Self.name }
    /// The role to assume.
    public let roleArn: String
    /// The path of the OIDC token file.
    public let tokenFile: String
    /// The role session name.
    public let sessionName: String
    /// The session length; nil for STS's default.
    public let durationSeconds: Int?
    private let readFile: FileReader
    private let sts: any STSCredentialService

    /// Creates the provider.
    public init(roleArn: String, tokenFile: String, sessionName: String, durationSeconds: Int? = nil,
                readFile: @escaping FileReader, sts: any STSCredentialService) {
        self.roleArn = roleArn
        self.tokenFile = tokenFile
        self.sessionName = sessionName
        self.durationSeconds = durationSeconds
        self.readFile = readFile
        self.sts = sts
    }

    /// Reads the token file now and exchanges the token with STS.
    public func credentials() async throws -> AWSCredentials {
        let token: String
        do {
            guard let text = try readFile(tokenFile) else {
                throw CredentialProviderError.tokenFileUnreadable(path: tokenFile, reason: "the file does not exist")
            }
            token = text.trimmingCharacters(in: .whitespacesAndNewlines)
        } catch let error as CredentialProviderError {
            throw error
        } catch {
            throw CredentialProviderError.tokenFileUnreadable(path: tokenFile, reason: "\(error)")
        }
        guard !token.isEmpty else {
            throw CredentialProviderError.tokenFileUnreadable(path: tokenFile, reason: "the file is empty")
        }
        return try await sts.assumeRoleWithWebIdentity(roleArn: roleArn, sessionName: sessionName,
                                                       webIdentityToken: token, durationSeconds: durationSeconds)
    }
}
