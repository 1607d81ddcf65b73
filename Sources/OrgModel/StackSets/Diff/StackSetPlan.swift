/// What the StackSet differ found for one organization: actions to merge into its plan, and reports.
public struct StackSetPlan: Sendable, Equatable {
    /// Actions, each set's chained so they run one after another (AWS allows one operation per set).
    public var actions: [PlannedAction]
    /// Drift found by the last detection, per stack set (reported whether or not it is re-applied).
    public var drift: [StackSetDriftReport]
    /// Stack sets found that orgops does not own: reported, never touched.
    public var unmanaged: [ResourceRef]
    /// Owned stack sets whose manifest is gone, kept because prune is off.
    public var kept: [ResourceRef]
    /// Lines for the plan's notes (drift found, a running operation waited for).
    public var notes: [String]

    /// Creates a plan.
    public init(actions: [PlannedAction] = [], drift: [StackSetDriftReport] = [], unmanaged: [ResourceRef] = [],
                kept: [ResourceRef] = [], notes: [String] = []) {
        self.actions = actions
        self.drift = drift
        self.unmanaged = unmanaged
        self.kept = kept
        self.notes = notes
    }

    /// The IDs of this plan's actions that remove instances from accounts at or beneath `path` (live paths),
    /// or that delete whole sets: what deleting, removing or closing there must wait for.
    /// - Parameters:
    ///   - path: the OU path (live) being deleted, or the live OU of an account being removed or closed.
    ///   - livePaths: live OU path per account ID.
    public func removals(affecting path: String, livePaths: [String: String]) -> [String] {
        actions.compactMap { action -> String? in
            guard case .stackSet(let kind) = action.kind else { return nil }
            switch kind {
            case .delete: return action.id
            case .deleteInstances(let batch):
                let touches = batch.accounts.contains { account in
                    guard let id = account.id, let livePath = livePaths[id] else { return true }
                    return StackSetTargetUniverse.isWithin(livePath, path)
                } || batch.accounts.isEmpty
                return touches ? action.id : nil
            default: return nil
            }
        }
    }
}

/// Drift of one stack set, as plan and status report it.
public struct StackSetDriftReport: Sendable, Equatable, Codable {
    /// The StackSet manifest's name.
    public var stackSet: String
    /// Drifted instances and their resources.
    public var instances: [DriftedStackInstance]
    /// True when `driftRemediation: reapply` planned a redeploy of them.
    public var reapplied: Bool

    /// Creates a report.
    public init(stackSet: String, instances: [DriftedStackInstance], reapplied: Bool) {
        self.stackSet = stackSet
        self.instances = instances
        self.reapplied = reapplied
    }

    /// One line per instance: `stack set x: 111111111111/us-east-1 drifted (Role (AWS::IAM::Role): MODIFIED)`.
    public var lines: [String] {
        instances.map { instance in
            let resources = instance.resources.isEmpty ? "" : " (\(instance.resources.joined(separator: ", ")))"
            return "stack set \(stackSet): \(instance.account)/\(instance.region) drifted\(resources)"
                + (reapplied ? ", re-applied" : ", reported only")
        }
    }
}
