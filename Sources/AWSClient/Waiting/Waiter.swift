import Foundation
import OperatorSupport

/// Polls an asynchronous operation (CreateAccount, provisioning, a StackSet operation) until it ends.
///
/// The poll interval may grow by `backoffFactor` up to `maxInterval`; the
/// whole wait is bounded by `timeout`, with one last poll at the deadline.
/// Time goes through the injected clock, so tests of slow operations never
/// sleep. A status that is already terminal at the first poll returns
/// without waiting at all (moto finishes everything at once).
public struct Waiter: Sendable {
    /// The clock used to sleep and to measure the total wait.
    public var clock: any OperatorClock
    /// The first wait between polls.
    public var interval: Duration
    /// How much the interval grows after each poll (1 = fixed).
    public var backoffFactor: Double
    /// The largest interval.
    public var maxInterval: Duration
    /// The longest total wait.
    public var timeout: Duration

    /// Creates a waiter.
    public init(clock: any OperatorClock, interval: Duration = .seconds(2), backoffFactor: Double = 1.5,
                maxInterval: Duration = .seconds(30), timeout: Duration = .seconds(600)) {
        self.clock = clock
        self.interval = interval
        self.backoffFactor = max(1, backoffFactor)
        self.maxInterval = max(interval, maxInterval)
        self.timeout = timeout
    }

    /// Polls until the status is terminal; `what` names the operation in errors.
    nonisolated(nonsending) public func wait<Value: Sendable>(
        for what: String, _ poll: () async throws -> WaitStatus<Value>
    ) async throws -> Value {
        let start = clock.now()
        let limit = ExponentialBackoff.seconds(timeout)
        var delay = ExponentialBackoff.seconds(interval)
        let ceiling = ExponentialBackoff.seconds(maxInterval)
        var polls = 0
        while true {
            let status = try await poll()
            polls += 1
            switch status {
            case .succeeded(let value):
                return value
            case .failed(let reason):
                throw WaitError(kind: .failed, what: what, detail: reason, polls: polls,
                                waited: clock.now().timeIntervalSince(start))
            case .pending(let word):
                let elapsed = clock.now().timeIntervalSince(start)
                if elapsed >= limit {
                    throw WaitError(kind: .timedOut, what: what, detail: word ?? "still in progress", polls: polls,
                                    waited: elapsed)
                }
                try await clock.sleep(for: ExponentialBackoff.duration(min(delay, limit - elapsed)))
                delay = min(delay * backoffFactor, ceiling)
            }
        }
    }
}
