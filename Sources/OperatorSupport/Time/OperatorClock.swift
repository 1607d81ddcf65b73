import Foundation

/// The clock every effectful module takes as a parameter.
///
/// Waits and timestamps go through it so that tests advance time by hand and
/// never sleep for real (see `ManualClock` in TestSupport).
public protocol OperatorClock: Sendable {
    /// The current wall-clock time.
    func now() -> Date
    /// Suspends for `duration`; throws `CancellationError` when the task is cancelled.
    func sleep(for duration: Duration) async throws
}

/// The real clock: `Date()` and `Task.sleep`.
public struct SystemClock: OperatorClock {
    /// Creates the system clock.
    public init() {}

    public func now() -> Date { Date() }

    public func sleep(for duration: Duration) async throws {
        try await Task.sleep(for: duration)
    }
}
