import Foundation
import OperatorSupport
import Synchronization

/// Paces calls to a rate that adapts to throttling: one limit group in one scope.
///
/// Each caller reserves the next free slot (`1/rate` apart) and sleeps on
/// the injected clock until it comes, so N calls at R/s take (N−1)/R
/// seconds however many tasks make them. A throttle cuts the rate
/// multiplicatively (×0.7 by default, never below the floor); after that
/// the rate climbs back linearly with throttle-free time to its configured
/// value — the shape of the SDKs' adaptive mode without its measurements.
public final class TokenBucketLimiter: Sendable {
    private struct State {
        var rate: Double
        var nextSlot: Date?
        var rateAtDecrease: Double
        var lastDecrease: Date?
    }

    /// The rate the limiter recovers to.
    public let configuredRate: Double
    private let decreaseFactor: Double
    private let minimumRate: Double
    private let recoveryPerSecond: Double
    private let state: Mutex<State>

    /// Creates a limiter running at `rate` calls per second.
    public init(rate: Double, decreaseFactor: Double = 0.7, minimumRate: Double = 0.5, recoveryPerSecond: Double = 0.1) {
        let rate = max(rate, minimumRate)
        self.configuredRate = rate
        self.decreaseFactor = decreaseFactor
        self.minimumRate = minimumRate
        self.recoveryPerSecond = recoveryPerSecond
        self.state = Mutex(State(rate: rate, nextSlot: nil, rateAtDecrease: rate, lastDecrease: nil))
    }

    /// The current rate in calls per second.
    public var currentRate: Double {
        state.withLock { $0.rate }
    }

    /// Waits for this caller's slot; throws `CancellationError` when cancelled while waiting.
    public func acquire(clock: any OperatorClock) async throws {
        let now = clock.now()
        let wait = state.withLock { state -> TimeInterval in
            let slot = max(now, state.nextSlot ?? now)
            state.nextSlot = slot.addingTimeInterval(1 / state.rate)
            return slot.timeIntervalSince(now)
        }
        if wait > 0 {
            try await clock.sleep(for: .microseconds(Int64((wait * 1_000_000).rounded(.up))))
        }
    }

    /// Slows down after AWS throttled a call of this group.
    public func recordThrottle(at now: Date) {
        state.withLock { state in
            state.rate = max(minimumRate, state.rate * decreaseFactor)
            state.rateAtDecrease = state.rate
            state.lastDecrease = now
        }
    }

    /// Lets the rate recover after a call went through.
    public func recordSuccess(at now: Date) {
        state.withLock { state in
            guard let since = state.lastDecrease, state.rate < configuredRate else { return }
            let elapsed = max(0, now.timeIntervalSince(since))
            state.rate = min(configuredRate, state.rateAtDecrease + configuredRate * recoveryPerSecond * elapsed)
            if state.rate >= configuredRate { state.lastDecrease = nil }
        }
    }
}
