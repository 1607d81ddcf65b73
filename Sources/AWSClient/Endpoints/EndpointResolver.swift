import Foundation

/// Resolves each service's endpoint URL and signing scope.
///
/// Overrides, in botocore's order (`ConfiguredEndpointProvider`):
/// `AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`, the profile's
/// `[services <name>]` block for the service, the profile's `endpoint_url`;
/// all four are ignored when `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` (or the
/// profile's `ignore_configured_endpoint_urls`) is true. Otherwise the default
/// `https://<prefix>.<region>.<partition suffix>`. A global service
/// (Organizations) is addressed and signed in its partition's global region
/// whatever region is asked for, and still signed there behind an override.
public struct EndpointResolver: Sendable {
    private let environment: [String: String]
    private let profile: ConfigProfile?
    private let services: [String: [String: String]]

    /// Captures the configuration; `profile` is an explicit `--profile` value (nil for `AWS_PROFILE`/`default`).
    public init(environment: [String: String], sharedConfig: SharedConfig, profile: String?) {
        self.environment = environment
        let name = DefaultCredentialChain.selectedProfile(environment: environment, profile: profile).name
        let selected = sharedConfig.profile(name)
        self.profile = selected
        services = selected?["services"].flatMap { sharedConfig.servicesSections[$0] } ?? [:]
    }

    /// The endpoint for `service` when the client works in `region`.
    ///
    /// An override that is not a usable URL is skipped here; call `validate`
    /// at startup so such a value is reported instead of silently bypassed.
    public func resolve(_ service: ServiceDescriptor, region: String) -> ResolvedEndpoint {
        let partition = Partition.of(region: region)
        let signingRegion = service.globalRegion.map { partition.globalRegion(default: $0) } ?? region
        if let configured = configuredURLs(for: service).lazy.compactMap({ Self.parse($0.value) }).first {
            return ResolvedEndpoint(url: configured, signingRegion: signingRegion, signingName: service.signingName)
        }
        let host = "\(service.endpointPrefix).\(signingRegion).\(partition.dnsSuffix)"
        let url = URL(string: "https://" + host) ?? URL(fileURLWithPath: "/")
        return ResolvedEndpoint(url: url, signingRegion: signingRegion, signingName: service.signingName)
    }

    /// Reports every configured override for `service` that is not a usable URL.
    public func validate(_ service: ServiceDescriptor) throws(EndpointConfigurationError) {
        for candidate in configuredURLs(for: service) where Self.parse(candidate.value) == nil {
            throw EndpointConfigurationError(source: candidate.source, value: candidate.value)
        }
    }

    /// Whether configured endpoint URLs are switched off.
    public var ignoresConfiguredURLs: Bool {
        if let value = environment["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"], !value.isEmpty {
            return value.lowercased() == "true"
        }
        return profile?["ignore_configured_endpoint_urls"]?.lowercased() == "true"
    }

    /// The override candidates in precedence order, with where each came from.
    func configuredURLs(for service: ServiceDescriptor) -> [(source: String, value: String)] {
        guard !ignoresConfiguredURLs else { return [] }
        var candidates: [(source: String, value: String)] = []
        let specific = "AWS_ENDPOINT_URL_" + service.endpointEnvironmentName
        if let value = environment[specific], !value.isEmpty { candidates.append((specific, value)) }
        if let value = environment["AWS_ENDPOINT_URL"], !value.isEmpty { candidates.append(("AWS_ENDPOINT_URL", value)) }
        if let value = services[service.configSectionName]?["endpoint_url"], !value.isEmpty {
            candidates.append(("services section '\(profile?["services"] ?? "")' \(service.configSectionName) endpoint_url", value))
        }
        if let profile, let value = profile["endpoint_url"] {
            candidates.append(("profile '\(profile.name)' endpoint_url", value))
        }
        return candidates
    }

    static func parse(_ text: String) -> URL? {
        guard let url = URL(string: text.trimmingWhitespace()), let scheme = url.scheme?.lowercased(),
              scheme == "https" || scheme == "http", let host = url.host(percentEncoded: false), !host.isEmpty else {
            return nil
        }
        return url
    }
}

/// The AWS partitions the operator can address: DNS suffix and global region.
enum Partition: Sendable {
    case aws, china, govCloud

    static func of(region: String) -> Partition {
        if region.hasPrefix("cn-") { return .china }
        if region.hasPrefix("us-gov-") { return .govCloud }
        return .aws
    }

    var dnsSuffix: String {
        self == .china ? "amazonaws.com.cn" : "amazonaws.com"
    }

    /// Where a global service lives in this partition; the descriptor's region is the `aws` one.
    func globalRegion(default standard: String) -> String {
        switch self {
        case .aws: standard
        case .china: "cn-northwest-1"
        case .govCloud: "us-gov-west-1"
        }
    }
}
