import OperatorSupport

/// The timing of `orgops run`: interval, jitter, shutdown grace, backoff.
public struct LoopSettings: Sendable {
    /// `--interval`: how often to fetch and reconcile every organization, new revision or not.
    public var interval: Duration
    /// The fraction the interval is jittered by, either way (0.1 = ±10 %), so replicas do not fetch in step.
    public var jitter: Double
    /// `--shutdown-grace`: how long a stopping loop waits for passes in flight before it cancels them.
    public var grace: Duration
    /// The per-organization backoff after a failed pass.
    public var backoff: ExponentialBackoff
    /// How often a pass reads tags too (Crossplane's sync interval); between them passes read cheaply,
    /// trusting the inventory for ownership, so an idle estate costs far fewer AWS calls.
    public var fullReadInterval: Duration
    /// The least time the status push at shutdown gets when the passes used up the grace period; past it
    /// the push is cancelled (its `git` killed) and the commits wait in the outbox for the next start.
    public var finalPushFloor: Duration

    /// Creates settings; the defaults are those of CLI.md.
    public init(interval: Duration = .seconds(60), jitter: Double = 0.1, grace: Duration = .seconds(30),
                backoff: ExponentialBackoff = ExponentialBackoff(base: .seconds(10), cap: .seconds(600)),
                fullReadInterval: Duration = .seconds(3600), finalPushFloor: Duration = .seconds(2)) {
        self.interval = interval
        self.jitter = min(max(jitter, 0), 0.5)
        self.grace = grace
        self.backoff = backoff
        self.fullReadInterval = fullReadInterval
        self.finalPushFloor = finalPushFloor
    }

    /// The interval with jitter applied, for a random value in [0, 1).
    public func jitteredInterval(random: Double) -> Duration {
        let seconds = ExponentialBackoff.seconds(interval)
        let factor = 1 + jitter * (2 * min(max(random, 0), 1) - 1)
        return ExponentialBackoff.duration(seconds * factor)
    }
}
