import OrgModel

/// The drift-detection settings of a command line.
public struct StackDriftSettings: Sendable, Equatable {
    /// `--detect-stack-drift`: run DetectStackSetDrift in this pass whatever the schedule says.
    public var onDemand: Bool
    /// `--stack-drift-interval`: how long after a detection the next one is due (default 6h).
    public var interval: Duration

    /// Creates settings.
    public init(onDemand: Bool = false, interval: Duration = StackDriftSchedule.defaultInterval) {
        self.onDemand = onDemand
        self.interval = interval
    }
}
