import Foundation

/// When stack-set drift detection runs: on its own schedule, apart from the reconcile loop's.
///
/// DetectStackSetDrift is an operation on every instance, slow and billed in
/// API calls, so it runs far less often than a plan (default every 6 hours)
/// and on demand (`orgops plan --detect-stack-drift`). A pure function of the
/// last run, the interval and now, so the loop and tests decide the same way.
public struct StackDriftSchedule: Sendable, Equatable {
    /// The default interval, 6 hours.
    public static let defaultInterval: Duration = .seconds(6 * 3600)

    /// How long after one detection the next is due (`--stack-drift-interval`).
    public var interval: Duration

    /// Creates a schedule.
    public init(interval: Duration = StackDriftSchedule.defaultInterval) {
        self.interval = interval
    }

    /// True when detection should run now: asked for, never run, or the interval has passed.
    /// - Parameters:
    ///   - lastRun: when detection last finished for this stack set (from status); nil = never.
    ///   - now: the clock's current time.
    ///   - onDemand: `--detect-stack-drift` was given.
    public func isDue(lastRun: Date?, now: Date, onDemand: Bool = false) -> Bool {
        if onDemand { return true }
        guard let lastRun else { return true }
        let elapsed = now.timeIntervalSince(lastRun)
        let seconds = Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18
        return elapsed >= seconds
    }
}
