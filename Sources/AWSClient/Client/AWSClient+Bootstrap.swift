extension AWSClient {
    /// Builds a client whose credential provider itself needs STS — the default chain's role and web-identity steps.
    ///
    /// The provider is made from an STS service that shares the new
    /// client's transport, limits, counter and retry quota, so the calls
    /// that fetch credentials show up in `--stats` like any other. The
    /// `credentials` member of `configuration` is replaced by what `make`
    /// returns; pass `AWSClient.noCredentials` there.
    ///
    /// ```swift
    /// let client = AWSClient.bootstrap(configuration: .init(credentials: AWSClient.noCredentials,
    ///                                                       region: region, endpoints: endpoints)) { sts in
    ///     DefaultCredentialChain.make(environment: env, transport: transport, sts: sts, clock: clock)
    /// }
    /// ```
    public static func bootstrap(configuration: Configuration,
                                 credentials make: (any STSCredentialService) -> any CredentialProvider) -> AWSClient {
        let shared = Shared(configuration: configuration)
        let sts = STSClient(configuration: configuration, shared: shared)
        var final = configuration
        final.credentials = make(sts)
        return AWSClient(configuration: final, shared: shared)
    }

    /// A provider that never has credentials, as the placeholder `bootstrap` replaces.
    public static let noCredentials: any CredentialProvider = NoCredentialProvider()
}

/// Fails every request for credentials with the chain's "none found" error.
private struct NoCredentialProvider: CredentialProvider {
    var providerName: String { "no credentials (the placeholder AWSClient.bootstrap replaces)" }

    func credentials() async throws -> AWSCredentials {
        throw CredentialProviderError.noCredentials(tried: [])
    }
}
