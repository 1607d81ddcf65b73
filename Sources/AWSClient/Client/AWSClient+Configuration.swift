import Foundation
import OperatorSupport

extension AWSClient {
    /// Everything a client needs, passed in so that tests swap the network, the clock and the dice.
    public struct Configuration: Sendable {
        /// Signs every attempt; asked afresh per attempt so refreshed credentials are picked up.
        public var credentials: any CredentialProvider
        /// The default region of calls (global services use their own).
        public var region: String
        /// Maps a service and region to the URL and signing scope.
        public var endpoints: EndpointResolver
        /// The HTTP seam.
        public var transport: any HTTPTransport
        /// When and how long to retry.
        public var retry: RetryPolicy
        /// The client-side rate and in-flight limits.
        public var limits: RateLimits
        /// The clock for signing dates, backoff sleeps and rate pacing.
        public var clock: any OperatorClock
        /// The jitter source, yielding values in `[0, 1)`.
        public var random: @Sendable () -> Double
        /// The organization or account label used for limiter keys, errors and metrics.
        public var scope: String
        /// The timeout of one attempt.
        public var timeout: Duration
        /// The `User-Agent` header value.
        public var userAgent: String

        /// Creates a configuration; only credentials, region and endpoints have no default.
        public init(credentials: any CredentialProvider, region: String, endpoints: EndpointResolver,
                    transport: any HTTPTransport = URLSessionTransport(), retry: RetryPolicy = .standard,
                    limits: RateLimits = .default, clock: any OperatorClock = SystemClock(),
                    random: @escaping @Sendable () -> Double = SystemRandom.unit, scope: String = "",
                    timeout: Duration = .seconds(30), userAgent: String = "orgops/\(AWSClient.version)") {
            self.credentials = credentials
            self.region = region
            self.endpoints = endpoints
            self.transport = transport
            self.retry = retry
            self.limits = limits
            self.clock = clock
            self.random = random
            self.scope = scope
            self.timeout = timeout
            self.userAgent = userAgent
        }
    }
}
