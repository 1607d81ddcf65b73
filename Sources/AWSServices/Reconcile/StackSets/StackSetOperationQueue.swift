/// One operation at a time per stack set, different stack sets in parallel.
///
/// AWS refuses a second operation on a set while one runs
/// (`OperationInProgressException`); the executor may still hand over actions of
/// different sets concurrently, and a set's own actions are chained. The queue
/// makes the rule hold even when two actions of one set arrive together: each
/// set has a FIFO of waiters, and a turn is handed to the next waiter when the
/// current one finishes.
public actor StackSetOperationQueue {
    private var busy: Set<String> = []
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]

    /// Creates an empty queue.
    public init() {}

    /// Runs `work` when no other work for `stackSet` runs, then hands the set to the next waiter.
    public func run<T: Sendable>(_ stackSet: String, _ work: @Sendable () async throws -> T) async throws -> T {
        await acquire(stackSet)
        do {
            let result = try await work()
            release(stackSet)
            return result
        } catch {
            release(stackSet)
            throw error
        }
    }

    private func acquire(_ stackSet: String) async {
        if !busy.contains(stackSet) {
            busy.insert(stackSet)
            return
        }
        await withCheckedContinuation { continuation in
            waiting[stackSet, default: []].append(continuation)
        }
    }

    private func release(_ stackSet: String) {
        if var queue = waiting[stackSet], !queue.isEmpty {
            let next = queue.removeFirst()
            waiting[stackSet] = queue.isEmpty ? nil : queue
            next.resume()
        } else {
            busy.remove(stackSet)
        }
    }
}
