import OperatorSupport

/// The default credential chain, in the order the AWS SDKs (botocore) use.
///
/// 1. environment keys — skipped when a profile is selected explicitly
///    (`--profile` or `AWS_PROFILE`), as botocore drops them then;
/// 2. the profile's `role_arn` (via `source_profile` or `credential_source`);
/// 3. web identity (`AWS_WEB_IDENTITY_TOKEN_FILE` + `AWS_ROLE_ARN`, or the profile's `web_identity_token_file`);
/// 4. the profile's static keys (credentials file over config file);
/// 5. the container endpoint (ECS, EKS Pod Identity);
/// 6. EC2 instance metadata (IMDSv2).
public enum DefaultCredentialChain {
    /// Builds the chain behind a cache; nothing is read or fetched until the first `credentials()`.
    ///
    /// - Parameters:
    ///   - environment: the process environment as a value.
    ///   - profile: an explicit `--profile` value; nil to use `AWS_PROFILE` or `default`.
    ///   - readFile: reads shared config and token files (tests pass a dictionary).
    ///   - transport: for the container endpoint and IMDS.
    ///   - sts: for assuming roles.
    ///   - clock: for refresh timing, retry waits and default session names.
    public static func make(environment: [String: String], profile: String? = nil,
                            readFile: @escaping FileReader = SystemFileReader.read,
                            transport: any HTTPTransport, sts: any STSCredentialService,
                            clock: any OperatorClock) -> any CredentialProvider {
        CachingCredentialProvider(
            chain(environment: environment, profile: profile, readFile: readFile, transport: transport,
                  sts: sts, clock: clock),
            clock: clock)
    }

    /// The profile in effect: `--profile`, else `AWS_PROFILE`, else `default`; and whether it was chosen explicitly.
    public static func selectedProfile(environment: [String: String], profile: String?) -> (name: String, explicit: Bool) {
        if let profile, !profile.isEmpty { return (profile, true) }
        if let name = environment["AWS_PROFILE"], !name.isEmpty { return (name, true) }
        return ("default", false)
    }

    /// The uncached chain (exposed for tests and for callers that add their own cache).
    public static func chain(environment: [String: String], profile: String?, readFile: @escaping FileReader,
                             transport: any HTTPTransport, sts: any STSCredentialService,
                             clock: any OperatorClock) -> CredentialProviderChain {
        let selected = selectedProfile(environment: environment, profile: profile)
        let resolver: @Sendable () throws -> (ProfileCredentialResolver, ConfigProfile?) = {
            let config = try SharedConfig.load(environment: environment, readFile: readFile)
            let found = config.profile(selected.name)
            if found == nil, selected.explicit {
                let files = [SharedConfig.configFilePath(environment: environment),
                             SharedConfig.credentialsFilePath(environment: environment)].compactMap { $0 }
                throw CredentialProviderError.profileNotFound(
                    profile: selected.name, files: files.joined(separator: " and "))
            }
            return (ProfileCredentialResolver(config: config, environment: environment, readFile: readFile,
                                              transport: transport, sts: sts, clock: clock), found)
        }
        let profileLabel = "profile '\(selected.name)'"
        return CredentialProviderChain(steps: [
            .init(name: EnvironmentCredentialProvider.name) {
                if selected.explicit {
                    throw CredentialProviderError.notConfigured(
                        provider: EnvironmentCredentialProvider.name, reason: "skipped because \(profileLabel) was selected")
                }
                return StaticCredentialProvider(try EnvironmentCredentialProvider(environment: environment).resolve())
            },
            .init(name: "assume role") {
                let (resolver, found) = try resolver()
                guard let found, let provider = try resolver.assumeRoleProvider(for: found) else {
                    throw CredentialProviderError.notConfigured(
                        provider: "assume role", reason: "\(profileLabel) has no role_arn")
                }
                return provider
            },
            .init(name: WebIdentityCredentialProvider.name) {
                let (resolver, found) = try resolver()
                guard let provider = try resolver.webIdentityProvider(for: found) else {
                    throw CredentialProviderError.notConfigured(
                        provider: WebIdentityCredentialProvider.name,
                        reason: "AWS_WEB_IDENTITY_TOKEN_FILE is not set and \(profileLabel) has no web_identity_token_file")
                }
                return provider
            },
            .init(name: "shared files") {
                let (resolver, found) = try resolver()
                guard let found else {
                    throw CredentialProviderError.notConfigured(
                        provider: "shared files", reason: "\(profileLabel) is not defined")
                }
                guard let provider = try resolver.staticProvider(for: found) else {
                    throw CredentialProviderError.notConfigured(
                        provider: "shared files", reason: "\(profileLabel) has no aws_access_key_id")
                }
                return provider
            },
            .init(name: ContainerCredentialProvider.name) {
                try ContainerCredentialProvider(
                    environment: environment, readFile: readFile, transport: transport, clock: clock)
            },
            .init(name: IMDSCredentialProvider.name) {
                try IMDSCredentialProvider(environment: environment, transport: transport)
            },
        ])
    }
}
