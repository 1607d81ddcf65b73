import Foundation
import OperatorSupport
import Synchronization

/// Paces calls to a rate that adapts to throttling, strictly: one limit group in one scope.
///
/// The guarantee is about the times calls are actually *released*, not
/// the times they were scheduled: any two consecutive releases are at
/// least `spacing` apart, checked under the lock against the clock's real
/// `now()` after the caller woke. A caller that wakes late (a loaded
/// machine, a slow executor) is released late, and the callers after it
/// move back; late wake-ups can therefore never bunch calls. With
/// `spacing = window / n` for `n = ⌊rate⌋` calls, any `n + 1` releases
/// span at least `window`, so no half-open window of `window` seconds
/// holds more than `n` releases — and none of 1 s holds more than the rate.
///
/// `window` is 1 s plus `jitterAllowance` (0.25 s by default). The slack is
/// headroom for what happens after release: the time between the client
/// handing a request to its connection and the server reading it varies
/// (connection reuse or setup, scheduling of the sending thread), which
/// can pull a later call's arrival towards an earlier one. As long as that
/// variation stays under the allowance, no 1-second window of *server
/// receive* time sees more than `n` calls; the price is a sustained rate of
/// `n / 1.25` (16/s for Identity Center's 20). 0.1 s was not enough on the
/// shared benchmark machine (docs/rate-limits.md).
///
/// Callers reserve slots in arrival order (so a crowd does not wake at
/// once) and re-check on waking. A throttle cuts the rate multiplicatively
/// (×0.7 by default, never below the floor); after that the rate climbs
/// back linearly with throttle-free time to its configured value — the
/// shape of the SDKs' adaptive mode without its measurements.
public final class TokenBucketLimiter: Sendable {
    private struct State {
        var rate: Double
        var nextSlot: Date?
        var lastRelease: Date?
        var rateAtDecrease: Double
        var lastDecrease: Date?
    }

    /// The rate the limiter recovers to.
    public let configuredRate: Double
    /// Extra seconds added to the 1-second window, headroom for send-to-receive jitter.
    public let jitterAllowance: Double
    private let decreaseFactor: Double
    private let minimumRate: Double
    private let recoveryPerSecond: Double
    private let state: Mutex<State>

    /// Creates a limiter running at `rate` calls per second, with `jitterAllowance` seconds of headroom per window.
    public init(rate: Double, decreaseFactor: Double = 0.7, minimumRate: Double = 0.5, recoveryPerSecond: Double = 0.1,
                jitterAllowance: Double = 0.25) {
        let rate = max(rate, minimumRate)
        self.configuredRate = rate
        self.jitterAllowance = max(0, jitterAllowance)
        self.decreaseFactor = decreaseFactor
        self.minimumRate = minimumRate
        self.recoveryPerSecond = recoveryPerSecond
        self.state = Mutex(State(rate: rate, nextSlot: nil, lastRelease: nil, rateAtDecrease: rate, lastDecrease: nil))
    }

    /// The current rate in calls per second.
    public var currentRate: Double {
        state.withLock { $0.rate }
    }

    /// The most releases any window of `window` seconds may hold at the current rate.
    public var callsPerWindow: Int {
        Self.callsPerWindow(rate: currentRate)
    }

    /// The window the count applies to at the current rate: 1 s (or `1/rate` below 1/s) plus the allowance.
    public var window: TimeInterval {
        Self.window(rate: currentRate, jitterAllowance: jitterAllowance)
    }

    /// The least time between two releases at the current rate.
    public var spacing: TimeInterval {
        let rate = currentRate
        return Self.window(rate: rate, jitterAllowance: jitterAllowance) / Double(Self.callsPerWindow(rate: rate))
    }

    /// Waits until this caller may send; returns the time it was released.
    ///
    /// Throws `CancellationError` when cancelled while waiting; a cancelled
    /// caller's reservation is handed back when no one reserved after it.
    @discardableResult
    public func acquire(clock: any OperatorClock) async throws -> Date {
        var target = reserve(now: clock.now())
        while true {
            let now = clock.now()
            if target > now {
                do {
                    try await clock.sleep(for: Self.duration(target.timeIntervalSince(now)))
                } catch {
                    giveBack(target)
                    throw error
                }
            }
            if Task.isCancelled {
                giveBack(target)
                throw CancellationError()
            }
            switch release(clock: clock) {
            case .released(let at): return at
            case .notBefore(let earliest): target = earliest
            }
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

    private enum Release {
        case released(Date)
        case notBefore(Date)
    }

    /// Takes the next scheduled slot; the schedule only orders callers, `release` enforces the limit.
    private func reserve(now: Date) -> Date {
        state.withLock { state in
            let spacing = Self.spacing(rate: state.rate, jitterAllowance: jitterAllowance)
            var slot = max(now, state.nextSlot ?? now)
            if let last = state.lastRelease { slot = max(slot, last.addingTimeInterval(spacing)) }
            state.nextSlot = slot.addingTimeInterval(spacing)
            return slot
        }
    }

    /// Releases the caller if the clock's current time is at least one spacing after the last release.
    ///
    /// `now()` is read under the lock, so two callers waking together are
    /// ordered and the second one sees the first one's release.
    private func release(clock: any OperatorClock) -> Release {
        state.withLock { state in
            let now = clock.now()
            let spacing = Self.spacing(rate: state.rate, jitterAllowance: jitterAllowance)
            if let last = state.lastRelease {
                let earliest = last.addingTimeInterval(spacing)
                if now < earliest { return .notBefore(earliest) }
            }
            state.lastRelease = now
            let following = now.addingTimeInterval(spacing)
            if (state.nextSlot ?? following) < following { state.nextSlot = following }
            return .released(now)
        }
    }

    /// Hands a cancelled caller's slot back when it was the last one reserved.
    private func giveBack(_ slot: Date) {
        state.withLock { state in
            let spacing = Self.spacing(rate: state.rate, jitterAllowance: jitterAllowance)
            if let next = state.nextSlot, abs(next.timeIntervalSince(slot) - spacing) < 1e-6 { state.nextSlot = slot }
        }
    }

    static func callsPerWindow(rate: Double) -> Int {
        max(1, Int((rate + 1e-9).rounded(.down)))
    }

    static func window(rate: Double, jitterAllowance: Double) -> TimeInterval {
        max(1, 1 / rate) + jitterAllowance
    }

    static func spacing(rate: Double, jitterAllowance: Double) -> TimeInterval {
        window(rate: rate, jitterAllowance: jitterAllowance) / Double(callsPerWindow(rate: rate))
    }

    private static func duration(_ seconds: TimeInterval) -> Duration {
        .microseconds(Int64((seconds * 1_000_000).rounded(.up)))
    }
}
