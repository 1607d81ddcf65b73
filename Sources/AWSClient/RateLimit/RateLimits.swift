import Foundation

/// The client-side limits: calls per second and calls in flight, per limit group and scope.
///
/// AWS publishes few rates for our services (Identity Center: 20 TPS across
/// its APIs; Organizations: none, but it throttles at low concurrency), so
/// the operator paces itself instead of relying on retries. A limit group
/// names a budget that several services may share — `identitycenter` is
/// spent by sso-admin and identitystore calls alike — and every group is
/// kept separately per scope (organization / management account).
public struct RateLimits: Sendable, Equatable {
    /// Calls per second by limit group.
    public var rates: [String: Double]
    /// Calls in flight by limit group.
    public var inflight: [String: Int]
    /// Which rate group each service's calls draw from (by botocore service name).
    public var serviceRateGroups: [String: String]
    /// Which in-flight group each service's calls take a permit from.
    public var serviceInflightGroups: [String: String]
    /// The multiplicative decrease applied to a group's rate on a throttle.
    public var decreaseFactor: Double
    /// The lowest rate a throttled group is slowed to.
    public var minimumRate: Double
    /// How fast a throttled rate recovers, as a fraction of its configured rate per second.
    public var recoveryPerSecond: Double
    /// The rate an adaptive limiter starts at when a service without a rate group is throttled; 0 turns it off.
    public var adaptiveInitialRate: Double
    /// Seconds added to every rate group's 1-second window (0.25 by default).
    ///
    /// Headroom for the jitter between a call's release and the server
    /// reading it: a group of rate R releases at most ⌊R⌋ calls in any
    /// `1 + jitterAllowance` seconds, so AWS's "R calls per second" holds by
    /// receive time too while the jitter stays under the allowance
    /// (`TokenBucketLimiter`, docs/rate-limits.md).
    public var jitterAllowance: Double

    /// Creates limits; unspecified members take the defaults.
    public init(rates: [String: Double] = ["identitycenter": 20],
                inflight: [String: Int] = ["organizations": 2, "assignments": 10, "create-account": 5],
                serviceRateGroups: [String: String] = ["sso-admin": "identitycenter", "identitystore": "identitycenter"],
                serviceInflightGroups: [String: String] = ["organizations": "organizations"],
                decreaseFactor: Double = 0.7, minimumRate: Double = 0.5, recoveryPerSecond: Double = 0.1,
                adaptiveInitialRate: Double = 10, jitterAllowance: Double = 0.25) {
        self.rates = rates
        self.inflight = inflight
        self.serviceRateGroups = serviceRateGroups
        self.serviceInflightGroups = serviceInflightGroups
        self.decreaseFactor = decreaseFactor
        self.minimumRate = minimumRate
        self.recoveryPerSecond = recoveryPerSecond
        self.adaptiveInitialRate = adaptiveInitialRate
        self.jitterAllowance = jitterAllowance
    }

    /// The defaults: identitycenter 20 per 1.25 s; organizations 2, assignments 10, create-account 5 in flight.
    public static var `default`: RateLimits { RateLimits() }

    /// No limits at all, for tests of other things.
    public static var unlimited: RateLimits { RateLimits(rates: [:], inflight: [:], adaptiveInitialRate: 0) }

    /// Applies `group=value` settings (from `--rate-limit` / `--max-inflight` flags) over these limits.
    ///
    /// Rates may be fractional (`identitycenter=2.5`); in-flight limits are
    /// whole numbers. Both must be positive.
    public func applying(rates rateSpecs: [String] = [], inflight inflightSpecs: [String] = []) throws -> RateLimits {
        var result = self
        for spec in rateSpecs {
            let (group, raw) = try Self.split(spec)
            guard let value = Double(raw), value.isFinite, value > 0 else {
                throw RateLimitSpecError(spec: spec, reason: "the rate must be a positive number of calls per second")
            }
            result.rates[group] = value
        }
        for spec in inflightSpecs {
            let (group, raw) = try Self.split(spec)
            guard let value = Int(raw), value > 0 else {
                throw RateLimitSpecError(spec: spec, reason: "the in-flight limit must be a whole number of at least 1")
            }
            result.inflight[group] = value
        }
        return result
    }

    /// Parses one `group=value` setting into its parts.
    static func split(_ spec: String) throws -> (String, String) {
        let parts = spec.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw RateLimitSpecError(spec: spec, reason: "expected group=value, like identitycenter=20")
        }
        return (parts[0], parts[1])
    }
}
