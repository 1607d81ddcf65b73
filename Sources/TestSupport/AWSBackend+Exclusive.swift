/// Exclusive use of the shared server across suites.
///
/// `@Suite(.serialized)` orders the tests of one suite only; suites of
/// different targets still run side by side in the one test process, and two
/// tests resetting the same server would break each other. Every test that
/// changes server state therefore runs inside `AWSBackend.exclusive`.
extension AWSBackend {
    /// Runs `body` with the shared server to itself, after `reset(seed:)`; other callers wait their turn.
    public static func exclusive<T>(
        seed: Int = 42, isolation: isolated (any Actor)? = #isolation, _ body: (AWSBackend) async throws -> T
    ) async throws -> T {
        try await shared().exclusive(seed: seed, isolation: isolation, body)
    }

    /// Runs `body` with this server to itself, after `reset(seed:)`; other callers of this server wait.
    public func exclusive<T>(
        seed: Int = 42, isolation: isolated (any Actor)? = #isolation, _ body: (AWSBackend) async throws -> T
    ) async throws -> T {
        await turns.acquire()
        do {
            try await reset(seed: seed)
            let result = try await body(self)
            await turns.release()
            return result
        } catch {
            await turns.release()
            throw error
        }
    }
}

/// A first-come, first-served async lock for the shared server.
actor BackendTurns {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        if !busy {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty {
            busy = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}
