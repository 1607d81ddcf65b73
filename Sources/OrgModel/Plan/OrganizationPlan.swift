/// The plan for one organization: ordered actions plus what was seen and deliberately left alone.
///
/// Unmanaged and kept resources are part of the value, not log lines, so the
/// status document and a pull-request comment can list them and a reviewer sees
/// that orgops noticed them and chose not to touch them.
public struct OrganizationPlan: Sendable, Equatable, Codable {
    /// The Organization manifest's `metadata.name`.
    public var organization: String
    /// SHA-256 of the live snapshot's canonical JSON: a saved plan is refused when it moved on.
    public var liveFingerprint: String
    /// Actions in dependency order (each depends only on earlier ones).
    public var actions: [PlannedAction]
    /// Resources found in AWS that orgops does not manage: reported, never touched.
    public var unmanaged: [ResourceRef]
    /// Managed resources whose manifest was removed, kept because `reconcile.prune` is off.
    public var kept: [ResourceRef]
    /// `reconcile.suspend`: the plan is shown but never applied.
    public var suspended: Bool
    /// Why this plan must not be applied, when it must not.
    public var refusal: PlanRefusal?
    /// Whether tags were compared; false on a cheap read (tags not read), which the renderers say.
    public var tagsCompared: Bool
    /// Things a reader should know that are not actions (for instance ownership taken from the inventory).
    public var notes: [String]

    /// Creates an organization plan.
    public init(organization: String, liveFingerprint: String, actions: [PlannedAction] = [],
                unmanaged: [ResourceRef] = [], kept: [ResourceRef] = [], suspended: Bool = false,
                refusal: PlanRefusal? = nil, tagsCompared: Bool = true, notes: [String] = []) {
        self.organization = organization
        self.liveFingerprint = liveFingerprint
        self.actions = actions
        self.unmanaged = unmanaged
        self.kept = kept
        self.suspended = suspended
        self.refusal = refusal
        self.tagsCompared = tagsCompared
        self.notes = notes
    }

    /// True when the executor may run it: not suspended, not refused.
    public var applyable: Bool { !suspended && refusal == nil }

    /// The actions that delete something (counted against `--max-deletions`).
    public var deletions: [PlannedAction] { actions.filter { $0.effect == .delete } }

    /// Counts per effect, for summary lines.
    public var counts: PlanCounts {
        var counts = PlanCounts()
        for action in actions {
            switch action.effect {
            case .create: counts.create += 1
            case .update: counts.update += 1
            case .delete: counts.delete += 1
            }
        }
        return counts
    }

    /// The action with this ID.
    public func action(_ id: String) -> PlannedAction? { actions.first { $0.id == id } }
}

/// How many actions create, update and delete.
public struct PlanCounts: Sendable, Equatable, Codable {
    /// Creations.
    public var create = 0
    /// Updates (including attach/detach, tag, move).
    public var update = 0
    /// Deletions.
    public var delete = 0

    /// Creates zero counts.
    public init(create: Int = 0, update: Int = 0, delete: Int = 0) {
        self.create = create
        self.update = update
        self.delete = delete
    }

    /// Adds two counts (across organizations).
    public static func + (a: PlanCounts, b: PlanCounts) -> PlanCounts {
        PlanCounts(create: a.create + b.create, update: a.update + b.update, delete: a.delete + b.delete)
    }
}

/// Why a plan may not be applied.
public struct PlanRefusal: Sendable, Equatable, Codable {
    /// Stable code (`max-deletions-exceeded`).
    public var code: String
    /// Lower-case message a person can act on.
    public var message: String
    /// The resources concerned (for max-deletions: every deletion), as `kind name`.
    public var resources: [String]

    /// Creates a refusal.
    public init(code: String, message: String, resources: [String]) {
        self.code = code
        self.message = message
        self.resources = resources
    }
}
