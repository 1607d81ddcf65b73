import Foundation
import OperatorSupport
import Synchronization

/// A virtual clock for tests: time moves only when a test (or a sleeper) moves it.
///
/// Two modes. With `autoAdvance` (the default) a `sleep(for:)` returns at
/// once after moving the clock to the sleeper's deadline if that is later
/// than now — so code that waits 5 s of virtual time finishes in
/// microseconds and the test can read how long it "took". Without it, a
/// sleeper stays suspended until `advance(by:)` passes its deadline, for
/// tests that interleave their own steps with the waits. Every requested
/// sleep is recorded in `sleeps`.
public final class ManualClock: OperatorClock {
    private struct Sleeper {
        var deadline: Date
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var now: Date
        var sleeps: [Duration] = []
        var sleepers: [Int: Sleeper] = [:]
        var nextId = 0
    }

    private let state: Mutex<State>
    /// Whether `sleep(for:)` moves the clock itself instead of waiting for `advance(by:)`.
    public let autoAdvance: Bool

    /// Creates a clock reading `start` (by default 2026-01-01T00:00:00Z).
    public init(start: Date = Date(timeIntervalSince1970: 1_767_225_600), autoAdvance: Bool = true) {
        self.state = Mutex(State(now: start))
        self.autoAdvance = autoAdvance
    }

    /// The virtual time; moves only by sleeps (auto-advance) or `advance(by:)`.
    public func now() -> Date {
        state.withLock { $0.now }
    }

    /// Every duration passed to `sleep(for:)`, in call order.
    public var sleeps: [Duration] {
        state.withLock { $0.sleeps }
    }

    /// How many sleepers are waiting for `advance(by:)` (always 0 with `autoAdvance`).
    public var pendingSleepers: Int {
        state.withLock { $0.sleepers.count }
    }

    /// Auto-advance: moves the clock to the deadline and returns; otherwise waits for `advance(by:)`.
    public func sleep(for duration: Duration) async throws {
        try Task.checkCancellation()
        let seconds = Self.seconds(duration)
        if autoAdvance {
            state.withLock { state in
                state.sleeps.append(duration)
                let deadline = state.now.addingTimeInterval(max(0, seconds))
                if deadline > state.now { state.now = deadline }
            }
            await Task.yield()
            return
        }
        let id = state.withLock { state -> Int in
            state.nextId += 1
            return state.nextId
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let outcome = state.withLock { state -> Bool? in
                    if Task.isCancelled { return false }
                    state.sleeps.append(duration)
                    let deadline = state.now.addingTimeInterval(max(0, seconds))
                    if deadline <= state.now { return true }
                    state.sleepers[id] = Sleeper(deadline: deadline, continuation: continuation)
                    return nil
                }
                switch outcome {
                case true?: continuation.resume()
                case false?: continuation.resume(throwing: CancellationError())
                case nil: break
                }
            }
        } onCancel: {
            let sleeper = state.withLock { $0.sleepers.removeValue(forKey: id) }
            sleeper?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Moves the clock forward and wakes every sleeper whose deadline has passed.
    public func advance(by duration: Duration) {
        let due = state.withLock { state -> [CheckedContinuation<Void, any Error>] in
            state.now = state.now.addingTimeInterval(Self.seconds(duration))
            let now = state.now
            let ready = state.sleepers.filter { $0.value.deadline <= now }
            for key in ready.keys { state.sleepers.removeValue(forKey: key) }
            return ready.sorted { $0.value.deadline < $1.value.deadline }.map(\.value.continuation)
        }
        for continuation in due { continuation.resume() }
    }

    /// Seconds of virtual time elapsed since `start`.
    public func elapsed(since start: Date) -> TimeInterval {
        now().timeIntervalSince(start)
    }

    private static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
