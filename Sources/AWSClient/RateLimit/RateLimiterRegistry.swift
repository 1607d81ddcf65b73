import Foundation
import OperatorSupport
import Synchronization

/// Every client-side limiter of a process, keyed by (limit group, scope).
///
/// Shared by all clients derived with `AWSClient.with(credentials:scope:)`,
/// so two clients for the same organization spend one budget. Limiters are
/// created on first use from `RateLimits`; a group with no configured
/// limit is not limited. The services layer takes the operation-level
/// permits itself (`withPermit("assignments", scope:)` around a create and
/// its wait); the client takes the per-call ones.
public final class RateLimiterRegistry: Sendable {
    /// The configured limits.
    public let limits: RateLimits
    private let clock: any OperatorClock
    private let rateLimiters = Mutex<[String: TokenBucketLimiter]>([:])
    private let inflightLimiters = Mutex<[String: InFlightLimiter]>([:])

    /// Creates an empty registry.
    public init(limits: RateLimits, clock: any OperatorClock) {
        self.limits = limits
        self.clock = clock
    }

    /// The rate limiter of a group in a scope; nil when the group has no rate configured.
    public func rateLimiter(_ group: String, scope: String) -> TokenBucketLimiter? {
        guard let rate = limits.rates[group] else { return nil }
        return rateLimiters.withLock { limiters in
            let key = Self.key(group, scope)
            if let existing = limiters[key] { return existing }
            let created = TokenBucketLimiter(rate: rate, decreaseFactor: limits.decreaseFactor,
                                             minimumRate: limits.minimumRate,
                                             recoveryPerSecond: limits.recoveryPerSecond,
                                             jitterAllowance: limits.jitterAllowance)
            limiters[key] = created
            return created
        }
    }

    /// The in-flight limiter of a group in a scope; nil when the group has no limit configured.
    public func inflightLimiter(_ group: String, scope: String) -> InFlightLimiter? {
        guard let limit = limits.inflight[group] else { return nil }
        return inflightLimiters.withLock { limiters in
            let key = Self.key(group, scope)
            if let existing = limiters[key] { return existing }
            let created = InFlightLimiter(limit: limit)
            limiters[key] = created
            return created
        }
    }

    /// Runs `body` holding a permit of an in-flight group (`assignments`, `create-account`) for a scope.
    ///
    /// A group without a configured limit runs `body` at once.
    nonisolated(nonsending) public func withPermit<T>(_ group: String, scope: String,
                                                      _ body: () async throws -> T) async throws -> T {
        guard let limiter = inflightLimiter(group, scope: scope) else { return try await body() }
        return try await limiter.withPermit(body)
    }

    /// Waits for a rate slot of a group in a scope; returns at once for an unlimited group.
    public func acquireRate(_ group: String, scope: String) async throws {
        _ = try await rateLimiter(group, scope: scope)?.acquire(clock: clock)
    }

    /// The rate group one service's calls draw from.
    ///
    /// A service without a configured group gets an adaptive one of its own
    /// (`adaptive:<service>`) once it has been throttled, starting at
    /// `adaptiveInitialRate`: like the SDKs' adaptive mode, pacing switches
    /// on only after AWS first pushed back.
    func rateGroup(forService service: String, scope: String) -> String? {
        if let group = limits.serviceRateGroups[service], limits.rates[group] != nil { return group }
        let adaptive = "adaptive:\(service)"
        let exists = rateLimiters.withLock { $0[Self.key(adaptive, scope)] != nil }
        return exists ? adaptive : nil
    }

    /// Records a throttle of a service's call, slowing its group (creating the adaptive one if needed).
    func recordThrottle(service: String, scope: String) {
        let configured = rateGroup(forService: service, scope: scope)
        guard configured != nil || limits.adaptiveInitialRate > 0 else { return }
        let group = configured ?? "adaptive:\(service)"
        let limiter = rateLimiter(group, scope: scope) ?? adaptiveLimiter(group, scope: scope)
        limiter.recordThrottle(at: clock.now())
    }

    /// Records a successful call so a slowed group can recover.
    func recordSuccess(service: String, scope: String) {
        guard let group = rateGroup(forService: service, scope: scope) else { return }
        let limiter = rateLimiter(group, scope: scope) ?? adaptiveLimiter(group, scope: scope)
        limiter.recordSuccess(at: clock.now())
    }

    /// Waits for a slot of the service's rate group, if it has one.
    func acquireRate(forService service: String, scope: String) async throws {
        guard let group = rateGroup(forService: service, scope: scope) else { return }
        let limiter = rateLimiter(group, scope: scope) ?? adaptiveLimiter(group, scope: scope)
        try await limiter.acquire(clock: clock)
    }

    /// The current rate of a group in a scope, if it has a limiter yet.
    public func currentRate(_ group: String, scope: String) -> Double? {
        rateLimiters.withLock { $0[Self.key(group, scope)]?.currentRate }
    }

    private func adaptiveLimiter(_ group: String, scope: String) -> TokenBucketLimiter {
        rateLimiters.withLock { limiters in
            let key = Self.key(group, scope)
            if let existing = limiters[key] { return existing }
            let created = TokenBucketLimiter(rate: limits.adaptiveInitialRate, decreaseFactor: limits.decreaseFactor,
                                             minimumRate: limits.minimumRate,
                                             recoveryPerSecond: limits.recoveryPerSecond,
                                             jitterAllowance: limits.jitterAllowance)
            limiters[key] = created
            return created
        }
    }

    private static func key(_ group: String, _ scope: String) -> String {
        "\(group)\u{1F}\(scope)"
    }
}
