import Synchronization

/// Caps how many calls of one limit group and scope run at the same time.
///
/// An async semaphore: waiters queue in arrival order and are handed a
/// permit as one is released, so no waiter starves. A waiter that is
/// cancelled leaves the queue and throws `CancellationError` without taking
/// a permit. Used for Organizations (2 in flight per management account),
/// account assignments (10) and account creation (5).
public final class InFlightLimiter: Sendable {
    private struct State {
        var available: Int
        var inFlight = 0
        var highWater = 0
        var waiters: [(id: Int, continuation: CheckedContinuation<Void, any Error>)] = []
        var nextId = 0
    }

    /// The most permits out at once.
    public let limit: Int
    private let state: Mutex<State>

    /// Creates a limiter with `limit` permits (at least 1).
    public init(limit: Int) {
        self.limit = max(1, limit)
        self.state = Mutex(State(available: max(1, limit)))
    }

    /// Permits currently held.
    public var inFlight: Int {
        state.withLock { $0.inFlight }
    }

    /// The most permits ever held at once; tests read it to prove the cap.
    public var highWater: Int {
        state.withLock { $0.highWater }
    }

    /// Runs `body` holding one permit, waiting for one first if all are out.
    nonisolated(nonsending) public func withPermit<T>(_ body: () async throws -> T) async throws -> T {
        try await acquire()
        defer { release() }
        return try await body()
    }

    /// Takes a permit, suspending until one is free.
    public func acquire() async throws {
        try Task.checkCancellation()
        let id = state.withLock { state -> Int? in
            if state.available > 0 {
                state.available -= 1
                state.inFlight += 1
                state.highWater = max(state.highWater, state.inFlight)
                return nil
            }
            state.nextId += 1
            return state.nextId
        }
        guard let id else { return }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let cancelled = state.withLock { state -> Bool in
                    if Task.isCancelled { return true }
                    state.waiters.append((id, continuation))
                    return false
                }
                if cancelled { continuation.resume(throwing: CancellationError()) }
            }
        } onCancel: {
            let removed = state.withLock { state -> CheckedContinuation<Void, any Error>? in
                guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
                return state.waiters.remove(at: index).continuation
            }
            removed?.resume(throwing: CancellationError())
        }
    }

    /// Gives a permit back, handing it straight to the longest waiter if there is one.
    public func release() {
        let next = state.withLock { state -> CheckedContinuation<Void, any Error>? in
            if state.waiters.isEmpty {
                state.available += 1
                state.inFlight -= 1
                return nil
            }
            // The permit passes to the waiter: in-flight count stays the same.
            return state.waiters.removeFirst().continuation
        }
        next?.resume()
    }
}
