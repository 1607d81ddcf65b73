/// Why credentials could not be obtained.
///
/// `notConfigured` is the one a provider throws when it does not apply (its
/// environment variables are unset, no instance metadata service answers): the
/// chain records the reason and moves on. Every other case means the provider
/// applies but failed, and the chain surfaces it. Messages never contain a
/// secret key or session token.
public enum CredentialProviderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The provider does not apply here; `reason` says what it looked for.
    case notConfigured(provider: String, reason: String)
    /// Some but not all of a credential's parts are set (for example a key ID without its secret).
    case incomplete(provider: String, detail: String)
    /// The explicitly selected profile is in neither shared file.
    case profileNotFound(profile: String, files: String)
    /// A profile setting is missing, contradictory or invalid.
    case invalidProfile(profile: String, origin: String, detail: String)
    /// `source_profile` references form a loop.
    case roleChainCycle(profiles: [String])
    /// A token file (web identity, container authorization) could not be read.
    case tokenFileUnreadable(path: String, reason: String)
    /// A metadata endpoint setting is unusable.
    case invalidEndpoint(provider: String, value: String, reason: String)
    /// A credentials endpoint answered with an error status.
    case endpointRejected(provider: String, url: String, status: Int, detail: String)
    /// A credentials endpoint could not be reached.
    case endpointUnreachable(provider: String, url: String, detail: String)
    /// A credentials endpoint answered with something that is not credentials.
    case malformedResponse(provider: String, url: String, detail: String)
    /// No provider of the chain applied; lists each one tried and why it did not apply.
    case noCredentials(tried: [String])

    /// A stable identifier for scripts and tests.
    public var code: String {
        switch self {
        case .notConfigured: "credentials.not-configured"
        case .incomplete: "credentials.incomplete"
        case .profileNotFound: "credentials.profile-not-found"
        case .invalidProfile: "credentials.invalid-profile"
        case .roleChainCycle: "credentials.role-chain-cycle"
        case .tokenFileUnreadable: "credentials.token-file-unreadable"
        case .invalidEndpoint: "credentials.invalid-endpoint"
        case .endpointRejected: "credentials.endpoint-rejected"
        case .endpointUnreachable: "credentials.endpoint-unreachable"
        case .malformedResponse: "credentials.malformed-response"
        case .noCredentials: "credentials.none-found"
        }
    }

    /// True when the provider merely does not apply, so a chain should try the next one.
    public var isNotConfigured: Bool {
        if case .notConfigured = self { return true }
        return false
    }

    /// The message for a person; it names the provider, file or endpoint, never a secret.
    public var description: String {
        switch self {
        case let .notConfigured(provider, reason):
            "\(provider) credentials do not apply: \(reason)"
        case let .incomplete(provider, detail):
            "\(provider) credentials are incomplete: \(detail)"
        case let .profileNotFound(profile, files):
            "profile '\(profile)' is not defined in \(files); add it or choose another with --profile or AWS_PROFILE"
        case let .invalidProfile(profile, origin, detail):
            "profile '\(profile)' (\(origin)): \(detail)"
        case let .roleChainCycle(profiles):
            "source_profile references loop: \(profiles.joined(separator: " -> ")); break the cycle"
        case let .tokenFileUnreadable(path, reason):
            "cannot read token file \(path): \(reason)"
        case let .invalidEndpoint(provider, value, reason):
            "\(provider) endpoint '\(value)' is not usable: \(reason)"
        case let .endpointRejected(provider, url, status, detail):
            "\(provider) credentials endpoint \(url) answered HTTP \(status)\(detail.isEmpty ? "" : ": \(detail)")"
        case let .endpointUnreachable(provider, url, detail):
            "\(provider) credentials endpoint \(url) is unreachable: \(detail)"
        case let .malformedResponse(provider, url, detail):
            "\(provider) credentials endpoint \(url) sent an unusable answer: \(detail)"
        case let .noCredentials(tried):
            "no AWS credentials found; tried: " + tried.joined(separator: "; ")
        }
    }
}
