import Foundation
import OperatorSupport

/// Credentials from the container credentials endpoint: ECS task roles and EKS Pod Identity.
///
/// `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` is appended to `http://169.254.170.2`;
/// `AWS_CONTAINER_CREDENTIALS_FULL_URI` must be https or name an allowed host
/// (loopback, the ECS and EKS agent addresses). The authorization token is read
/// from `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` on every fetch (the EKS agent
/// rotates it, and answers 400 without it), else `AWS_CONTAINER_AUTHORIZATION_TOKEN`.
public struct ContainerCredentialProvider: CredentialProvider {
    /// The provider's name in chain messages.
    public static let name = "container"
    /// `name`, for error messages.
    public var providerName: String { Self.name }
    /// The ECS agent's address, the base of a relative URI.
    public static let ecsBase = "http://169.254.170.2"
    /// Hosts allowed in an `http` full URI (botocore's `_ALLOWED_HOSTS` plus the loopback range).
    public static let allowedHosts: Set<String> = ["169.254.170.2", "169.254.170.23", "fd00:ec2::23", "localhost", "::1"]

    /// The endpoint, validated.
    public let url: URL
    private let environment: [String: String]
    private let readFile: FileReader
    private let transport: any HTTPTransport
    private let clock: any OperatorClock
    /// Timeout of one attempt (botocore: 2 s).
    public let timeout: Duration
    /// Attempts before giving up (botocore: 3, one second apart).
    public let attempts: Int

    /// Reads the configuration; `notConfigured` when neither URI variable is set,
    /// `invalidEndpoint` when a full URI is not allowed.
    public init(environment: [String: String], readFile: @escaping FileReader, transport: any HTTPTransport,
                clock: any OperatorClock, timeout: Duration = .seconds(2), attempts: Int = 3) throws {
        self.url = try Self.endpoint(environment: environment)
        self.environment = environment
        self.readFile = readFile
        self.transport = transport
        self.clock = clock
        self.timeout = timeout
        self.attempts = max(1, attempts)
    }

    /// The endpoint the environment names.
    public static func endpoint(environment: [String: String]) throws -> URL {
        if let relative = environment["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"], !relative.isEmpty {
            let path = relative.hasPrefix("/") ? relative : "/" + relative
            guard let url = URL(string: ecsBase + path) else {
                throw CredentialProviderError.invalidEndpoint(provider: name, value: relative, reason: "not a URI path")
            }
            return url
        }
        guard let full = environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"], !full.isEmpty else {
            throw CredentialProviderError.notConfigured(
                provider: name,
                reason: "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI are not set")
        }
        guard let url = URL(string: full), let scheme = url.scheme?.lowercased(),
              let host = url.host(percentEncoded: false), !host.isEmpty else {
            throw CredentialProviderError.invalidEndpoint(provider: name, value: full, reason: "not an absolute http(s) URL")
        }
        if scheme == "https" { return url }
        guard scheme == "http" else {
            throw CredentialProviderError.invalidEndpoint(provider: name, value: full, reason: "the scheme must be http or https")
        }
        guard isAllowedHost(host) else {
            throw CredentialProviderError.invalidEndpoint(
                provider: name, value: full,
                reason: "an http URI must use a loopback host, 169.254.170.2, 169.254.170.23 or fd00:ec2::23")
        }
        return url
    }

    /// Whether an http host may serve credentials.
    static func isAllowedHost(_ host: String) -> Bool {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        if allowedHosts.contains(bare.lowercased()) { return true }
        let octets = bare.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }

    /// Fetches from the endpoint, retrying connection failures and 5xx answers one second apart.
    public func credentials() async throws -> AWSCredentials {
        var request = HTTPRequest(method: "GET", url: url, headers: [("Accept", "application/json")])
        if let token = try authorizationToken() {
            request.setHeader("Authorization", token)
        }
        var lastError: CredentialProviderError?
        for attempt in 1...attempts {
            if attempt > 1 { try await clock.sleep(for: .seconds(1)) }
            do {
                let response = try await transport.send(request, timeout: timeout)
                if response.status == 200 {
                    return try MetadataCredentials.parse(response.body, provider: Self.name, url: url.absoluteString)
                }
                let error = CredentialProviderError.endpointRejected(
                    provider: Self.name, url: url.absoluteString, status: response.status,
                    detail: response.status == 400 || response.status == 401 || response.status == 403
                        ? "check the authorization token (AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE)" : "")
                guard response.status >= 500 else { throw error }
                lastError = error
            } catch let error as HTTPTransportError {
                lastError = .endpointUnreachable(provider: Self.name, url: url.absoluteString, detail: error.kind.rawValue)
            }
        }
        throw lastError ?? CredentialProviderError.endpointUnreachable(
            provider: Self.name, url: url.absoluteString, detail: "no attempt made")
    }

    /// The `Authorization` value: the token file (re-read now) wins over the variable.
    func authorizationToken() throws -> String? {
        if let path = environment["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"], !path.isEmpty {
            let text: String?
            do {
                text = try readFile(path)
            } catch {
                throw CredentialProviderError.tokenFileUnreadable(path: path, reason: "\(error)")
            }
            guard let text else {
                throw CredentialProviderError.tokenFileUnreadable(path: path, reason: "the file does not exist")
            }
            return try validated(text.trimmingCharacters(in: .whitespacesAndNewlines), source: path)
        }
        if let token = environment["AWS_CONTAINER_AUTHORIZATION_TOKEN"], !token.isEmpty {
            return try validated(token, source: "AWS_CONTAINER_AUTHORIZATION_TOKEN")
        }
        return nil
    }

    private func validated(_ token: String, source: String) throws -> String {
        guard !token.contains("\r"), !token.contains("\n") else {
            throw CredentialProviderError.tokenFileUnreadable(path: source, reason: "the token contains a line break")
        }
        return token
    }
}
