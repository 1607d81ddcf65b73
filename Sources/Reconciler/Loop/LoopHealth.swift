import Foundation
import Synchronization

/// What `/healthz` and `/readyz` read: set by the loop, read by the HTTP server's threads without awaiting.
public final class LoopHealth: Sendable {
    private struct State {
        var ready = false
        var lastRevision: String?
        var lastFetch: Date?
        var stopping = false
    }

    private let state = Mutex(State())

    /// Creates a health record (not ready).
    public init() {}

    /// Ready once the first fetch succeeded and until shutdown begins.
    public var isReady: Bool { state.withLock { $0.ready && !$0.stopping } }
    /// The head last fetched.
    public var lastRevision: String? { state.withLock { $0.lastRevision } }
    /// When the last fetch succeeded.
    public var lastFetch: Date? { state.withLock { $0.lastFetch } }

    func fetched(_ revision: String, at time: Date) {
        state.withLock { state in
            state.ready = true
            state.lastRevision = revision
            state.lastFetch = time
        }
    }

    func beginStopping() { state.withLock { $0.stopping = true } }
}
