import Foundation

/// Where to send one service's requests and how to sign them.
public struct ResolvedEndpoint: Sendable, Equatable {
    /// The base URL (may carry a path when an override has one).
    public var url: URL
    /// The region in the credential scope (`us-east-1` for Organizations whatever the client's region).
    public var signingRegion: String
    /// The service name in the credential scope (`sso` for SSO Admin).
    public var signingName: String

    /// Creates an endpoint.
    public init(url: URL, signingRegion: String, signingName: String) {
        self.url = url
        self.signingRegion = signingRegion
        self.signingName = signingName
    }
}

/// A configured endpoint URL that cannot be used.
public struct EndpointConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where the value came from (`AWS_ENDPOINT_URL_STS`, `profile 'dev' endpoint_url`, …).
    public let source: String
    /// The value as configured.
    public let value: String

    /// A stable identifier for scripts and tests.
    public var code: String { "endpoint.invalid-url" }

    /// Creates the error.
    public init(source: String, value: String) {
        self.source = source
        self.value = value
    }

    /// The message for a person, quoting the bad value and where it was set.
    public var description: String {
        "\(source) '\(value)' is not an absolute http(s) URL; write it like https://host[:port][/path]"
    }
}
