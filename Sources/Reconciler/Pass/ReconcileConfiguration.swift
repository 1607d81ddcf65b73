import GitClient
import OrgModel

/// The switches of `orgops run` that shape every pass.
public struct ReconcileConfiguration: Sendable {
    /// `--mode`.
    public enum Mode: String, Sendable, Hashable {
        /// Plan and apply.
        case converge
        /// Plan and report; apply nothing (status `pending`).
        case observe
    }

    /// Apply or only observe.
    public var mode: Mode
    /// `--path`: the manifest directory inside the repository (`""` for the root).
    public var path: String
    /// `--trusted-keys` when `--verify-signatures` is on; nil means revisions are not checked.
    public var trustedKeys: TrustedKeys?
    /// Ownership tag and deletion limit.
    public var planOptions: PlanOptions
    /// `--heartbeat`: a status commit after this long even when nothing changed; nil for never.
    public var heartbeat: Duration?
    /// The requeue of a transient failure when it gives none (the backoff's base).
    public var transientRequeue: Duration
    /// When a stalled organization (access denied) is tried again: it waits for a person, not a backoff.
    public var stalledRequeue: Duration
    /// How soon a pass that left something in progress (a CreateAccount request) runs again.
    public var waitingRequeue: Duration
    /// How many actions of one organization run at once.
    public var maxConcurrentActions: Int

    /// Creates a configuration; the defaults are those of CLI.md.
    public init(mode: Mode = .converge, path: String = "", trustedKeys: TrustedKeys? = nil,
                planOptions: PlanOptions = PlanOptions(), heartbeat: Duration? = nil,
                transientRequeue: Duration = .seconds(10), waitingRequeue: Duration = .seconds(30),
                stalledRequeue: Duration = .seconds(60),
                maxConcurrentActions: Int = 4) {
        self.mode = mode
        self.path = path
        self.trustedKeys = trustedKeys
        self.planOptions = planOptions
        self.heartbeat = heartbeat
        self.transientRequeue = transientRequeue
        self.waitingRequeue = waitingRequeue
        self.stalledRequeue = stalledRequeue
        self.maxConcurrentActions = maxConcurrentActions
    }
}
