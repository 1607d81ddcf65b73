import Foundation

/// Credentials of the EC2 instance profile, from the instance metadata service (IMDSv2).
///
/// The exchange is botocore's: `PUT /latest/api/token` with a TTL header, then
/// the role name and the role's credentials with the token header. A token
/// refusal (403/404/405) falls back to IMDSv1 unless
/// `AWS_EC2_METADATA_V1_DISABLED` forbids it. When nothing answers within the
/// timeout (1 s by default, `AWS_METADATA_SERVICE_TIMEOUT`) the provider reports
/// `notConfigured`: off EC2, that is the normal outcome.
public struct IMDSCredentialProvider: CredentialProvider {
    /// The provider's name in chain messages.
    public static let name = "EC2 instance metadata"
    /// `name`, for error messages.
    public var providerName: String { Self.name }
    /// The token lifetime requested (six hours, as the SDKs do).
    public static let tokenTTLSeconds = 21_600
    static let credentialsPath = "/latest/meta-data/iam/security-credentials/"

    /// The service's base URL (no trailing slash).
    public let base: String
    /// Timeout of each request.
    public let timeout: Duration
    private let allowV1: Bool
    private let transport: any HTTPTransport

    /// Reads the configuration; `notConfigured` when `AWS_EC2_METADATA_DISABLED=true`.
    public init(environment: [String: String], transport: any HTTPTransport) throws {
        if environment["AWS_EC2_METADATA_DISABLED"]?.lowercased() == "true" {
            throw CredentialProviderError.notConfigured(provider: Self.name, reason: "AWS_EC2_METADATA_DISABLED is true")
        }
        base = try Self.baseURL(environment: environment)
        allowV1 = environment["AWS_EC2_METADATA_V1_DISABLED"]?.lowercased() != "true"
        if let text = environment["AWS_METADATA_SERVICE_TIMEOUT"], !text.isEmpty {
            guard let seconds = Double(text), seconds > 0 else {
                throw CredentialProviderError.invalidEndpoint(
                    provider: Self.name, value: text, reason: "AWS_METADATA_SERVICE_TIMEOUT must be a positive number of seconds")
            }
            timeout = .milliseconds(Int(seconds * 1000))
        } else {
            timeout = .seconds(1)
        }
        self.transport = transport
    }

    /// `AWS_EC2_METADATA_SERVICE_ENDPOINT`, else the IPv4 or IPv6 address per `AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE`.
    static func baseURL(environment: [String: String]) throws -> String {
        if let endpoint = environment["AWS_EC2_METADATA_SERVICE_ENDPOINT"], !endpoint.isEmpty {
            guard let url = URL(string: endpoint), url.scheme != nil, url.host != nil else {
                throw CredentialProviderError.invalidEndpoint(provider: name, value: endpoint, reason: "not an absolute URL")
            }
            return endpoint.hasSuffix("/") ? String(endpoint.dropLast()) : endpoint
        }
        switch environment["AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"]?.lowercased() ?? "ipv4" {
        case "ipv4", "": return "http://169.254.169.254"
        case "ipv6": return "http://[fd00:ec2::254]"
        default:
            throw CredentialProviderError.invalidEndpoint(
                provider: name, value: environment["AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"] ?? "",
                reason: "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE must be IPv4 or IPv6")
        }
    }

    /// Runs the token, role-name and credentials requests.
    public func credentials() async throws -> AWSCredentials {
        let token = try await fetchToken()
        let listing = try await get(Self.credentialsPath, token: token, missingMeans: "no IAM role is attached to the instance")
        guard let role = String(decoding: listing, as: UTF8.self)
            .split(whereSeparator: \.isNewline).first.map({ $0.trimmingCharacters(in: .whitespaces) }),
            !role.isEmpty else {
            throw CredentialProviderError.notConfigured(provider: Self.name, reason: "no IAM role is attached to the instance")
        }
        let body = try await get(Self.credentialsPath + role, token: token, missingMeans: "role '\(role)' has no credentials")
        return try MetadataCredentials.parse(body, provider: Self.name, url: base + Self.credentialsPath + role)
    }

    /// The session token, or nil to continue with IMDSv1.
    private func fetchToken() async throws -> String? {
        let url = base + "/latest/api/token"
        let request = HTTPRequest(method: "PUT", url: try makeURL(url),
                                  headers: [("x-aws-ec2-metadata-token-ttl-seconds", String(Self.tokenTTLSeconds))])
        let response: HTTPResponse
        do {
            response = try await transport.send(request, timeout: timeout)
        } catch let error as HTTPTransportError {
            throw CredentialProviderError.notConfigured(
                provider: Self.name, reason: "nothing answered at \(base) (\(error.kind.rawValue))")
        }
        if response.status == 200 {
            return String(decoding: response.body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if allowV1, [403, 404, 405].contains(response.status) {
            return nil
        }
        throw CredentialProviderError.endpointRejected(
            provider: Self.name, url: url, status: response.status,
            detail: allowV1 ? "" : "the IMDSv2 token was refused and AWS_EC2_METADATA_V1_DISABLED forbids IMDSv1")
    }

    private func get(_ path: String, token: String?, missingMeans: String) async throws -> [UInt8] {
        let url = base + path
        var request = HTTPRequest(method: "GET", url: try makeURL(url))
        if let token { request.setHeader("x-aws-ec2-metadata-token", token) }
        let response: HTTPResponse
        do {
            response = try await transport.send(request, timeout: timeout)
        } catch let error as HTTPTransportError {
            throw CredentialProviderError.endpointUnreachable(provider: Self.name, url: url, detail: error.kind.rawValue)
        }
        switch response.status {
        case 200: return response.body
        case 404: throw CredentialProviderError.notConfigured(provider: Self.name, reason: missingMeans)
        default:
            throw CredentialProviderError.endpointRejected(provider: Self.name, url: url, status: response.status, detail: "")
        }
    }

    private func makeURL(_ text: String) throws -> URL {
        guard let url = URL(string: text) else {
            throw CredentialProviderError.invalidEndpoint(provider: Self.name, value: text, reason: "not a URL")
        }
        return url
    }
}
