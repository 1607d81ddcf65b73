import Foundation
import OperatorSupport

/// Turns a profile of the shared files into a credential provider: static keys,
/// `role_arn` with `source_profile` (followed through chains, loops rejected) or
/// `credential_source`, and `web_identity_token_file`.
///
/// Building a provider does no network I/O; the assumed-role providers it
/// returns are cached, so a chain of roles is walked once per expiry.
struct ProfileCredentialResolver: Sendable {
    let config: SharedConfig
    let environment: [String: String]
    let readFile: FileReader
    let transport: any HTTPTransport
    let sts: any STSCredentialService
    let clock: any OperatorClock

    /// The provider for a profile with `role_arn` (and no `web_identity_token_file`), or nil.
    func assumeRoleProvider(for profile: ConfigProfile) throws -> (any CredentialProvider)? {
        guard profile["role_arn"] != nil, profile["web_identity_token_file"] == nil else { return nil }
        return try roleProvider(for: profile, visited: [profile.name])
    }

    /// The web identity provider: each setting from the environment
    /// (`AWS_WEB_IDENTITY_TOKEN_FILE`, `AWS_ROLE_ARN`, `AWS_ROLE_SESSION_NAME`) else from the profile.
    func webIdentityProvider(for profile: ConfigProfile?) throws -> (any CredentialProvider)? {
        func setting(_ variable: String, _ key: String) -> String? {
            if let value = environment[variable], !value.isEmpty { return value }
            return profile?[key]
        }
        guard let tokenFile = setting("AWS_WEB_IDENTITY_TOKEN_FILE", "web_identity_token_file") else { return nil }
        guard let roleArn = setting("AWS_ROLE_ARN", "role_arn") else {
            throw CredentialProviderError.incomplete(
                provider: WebIdentityCredentialProvider.name,
                detail: "a web identity token file (\(tokenFile)) is set but no role ARN (AWS_ROLE_ARN or role_arn)")
        }
        let duration = try profile.flatMap { try durationSeconds(of: $0) }
        let provider = WebIdentityCredentialProvider(
            roleArn: roleArn, tokenFile: tokenFile,
            sessionName: setting("AWS_ROLE_SESSION_NAME", "role_session_name") ?? defaultSessionName(),
            durationSeconds: duration, readFile: readFile, sts: sts)
        return provider.cached(clock: clock)
    }

    /// Static keys of a profile (`aws_access_key_id`, `aws_secret_access_key`, `aws_session_token`), or nil.
    func staticProvider(for profile: ConfigProfile) throws -> (any CredentialProvider)? {
        switch (profile["aws_access_key_id"], profile["aws_secret_access_key"]) {
        case (nil, nil):
            return nil
        case let (.some(keyId), .some(secret)):
            return StaticCredentialProvider(AWSCredentials(
                accessKeyId: keyId, secretAccessKey: secret,
                sessionToken: profile["aws_session_token"] ?? profile["aws_security_token"]))
        case (.some, nil):
            throw CredentialProviderError.invalidProfile(
                profile: profile.name, origin: profile.origin, detail: "aws_access_key_id is set but aws_secret_access_key is not")
        case (nil, .some):
            throw CredentialProviderError.invalidProfile(
                profile: profile.name, origin: profile.origin, detail: "aws_secret_access_key is set but aws_access_key_id is not")
        }
    }

    /// `role_arn` assumed with credentials from `source_profile` or `credential_source`.
    private func roleProvider(for profile: ConfigProfile, visited: [String]) throws -> any CredentialProvider {
        guard let roleArn = profile["role_arn"] else {
            throw invalid(profile, "role_arn is missing")
        }
        let source: any CredentialProvider
        switch (profile["source_profile"], profile["credential_source"]) {
        case (.some, .some):
            throw invalid(profile, "set source_profile or credential_source, not both")
        case (nil, nil):
            throw invalid(profile, "role_arn '\(roleArn)' needs source_profile or credential_source")
        case let (.some(sourceName), nil):
            source = try sourceProvider(named: sourceName, from: profile, visited: visited)
        case let (nil, .some(kind)):
            source = try credentialSource(kind, of: profile)
        }
        let provider = AssumeRoleCredentialProvider(
            roleArn: roleArn, sessionName: profile["role_session_name"] ?? defaultSessionName(),
            externalId: profile["external_id"], durationSeconds: try durationSeconds(of: profile),
            source: source, sts: sts)
        return provider.cached(clock: clock)
    }

    /// The credentials a `source_profile` supplies: its own role (recursively), its web identity, or its keys.
    private func sourceProvider(named name: String, from profile: ConfigProfile,
                                visited: [String]) throws -> any CredentialProvider {
        if name == profile.name {
            // botocore allows a profile to be its own source when it also holds static keys.
            guard let keys = try staticProvider(for: profile) else {
                throw CredentialProviderError.roleChainCycle(profiles: visited + [name])
            }
            return keys
        }
        if visited.contains(name) {
            throw CredentialProviderError.roleChainCycle(profiles: visited + [name])
        }
        guard let source = config.profile(name) else {
            throw invalid(profile, "source_profile '\(name)' is not defined")
        }
        if source["role_arn"] != nil {
            if source["web_identity_token_file"] != nil, let provider = try webIdentityProvider(forProfileOnly: source) {
                return provider
            }
            return try roleProvider(for: source, visited: visited + [name])
        }
        if let keys = try staticProvider(for: source) {
            return keys
        }
        throw invalid(source, "it is used as source_profile but has neither keys nor a role_arn")
    }

    /// Web identity from a source profile's own settings (the environment does not apply to sources).
    private func webIdentityProvider(forProfileOnly profile: ConfigProfile) throws -> (any CredentialProvider)? {
        guard let tokenFile = profile["web_identity_token_file"], let roleArn = profile["role_arn"] else { return nil }
        return WebIdentityCredentialProvider(
            roleArn: roleArn, tokenFile: tokenFile, sessionName: profile["role_session_name"] ?? defaultSessionName(),
            durationSeconds: try durationSeconds(of: profile), readFile: readFile, sts: sts).cached(clock: clock)
    }

    /// `credential_source = Environment | Ec2InstanceMetadata | EcsContainer`.
    private func credentialSource(_ kind: String, of profile: ConfigProfile) throws -> any CredentialProvider {
        switch kind {
        case "Environment":
            return EnvironmentCredentialProvider(environment: environment)
        case "Ec2InstanceMetadata":
            return try IMDSCredentialProvider(environment: environment, transport: transport).cached(clock: clock)
        case "EcsContainer":
            return try ContainerCredentialProvider(environment: environment, readFile: readFile,
                                                   transport: transport, clock: clock).cached(clock: clock)
        default:
            throw invalid(profile, "credential_source '\(kind)' is not Environment, Ec2InstanceMetadata or EcsContainer")
        }
    }

    private func durationSeconds(of profile: ConfigProfile) throws -> Int? {
        guard let text = profile["duration_seconds"] else { return nil }
        guard let seconds = Int(text), (900...43_200).contains(seconds) else {
            throw invalid(profile, "duration_seconds '\(text)' must be a whole number from 900 to 43200")
        }
        return seconds
    }

    /// botocore's `botocore-session-<epoch>`, under our name.
    private func defaultSessionName() -> String {
        "orgops-session-\(Int64(clock.now().timeIntervalSince1970))"
    }

    private func invalid(_ profile: ConfigProfile, _ detail: String) -> CredentialProviderError {
        .invalidProfile(profile: profile.name, origin: profile.origin, detail: detail)
    }
}
