/// What the Identity Center differ found for one organization, before it joins the organization's plan.
///
/// Kept apart from `OrganizationPlan` until `merged(into:)` so tests can look
/// at the Identity Center part alone and the Organizations differ stays unaware of it.
public struct IdentityCenterPlan: Sendable, Equatable {
    /// Actions, unordered (ordering happens once, over the merged plan).
    public var actions: [PlannedAction]
    /// Permission sets seen and left alone (no ownership tag, or a name conflict without `adopt: true`).
    public var unmanaged: [ResourceRef]
    /// Managed permission sets whose manifest is gone, kept because prune is off.
    public var kept: [ResourceRef]
    /// Notes for people (conflicts, ABAC left alone, accounts that cannot be assigned).
    public var notes: [String]
    /// Errors that make the plan unsafe to apply (an unknown principal, an unknown account or OU).
    public var errors: [IdentityCenterPlanError]

    /// Creates a plan part.
    public init(actions: [PlannedAction] = [], unmanaged: [ResourceRef] = [], kept: [ResourceRef] = [],
                notes: [String] = [], errors: [IdentityCenterPlanError] = []) {
        self.actions = actions
        self.unmanaged = unmanaged
        self.kept = kept
        self.notes = notes
        self.errors = errors
    }

    /// The organization's plan with these actions added and everything re-ordered.
    ///
    /// Errors refuse the plan (`identity-center-errors`, listing them); so does
    /// exceeding `maxDeletions` once Identity Center deletions are counted too.
    public func merged(into plan: OrganizationPlan, options: PlanOptions) -> OrganizationPlan {
        var out = plan
        out.actions = ActionOrdering.sorted(plan.actions + actions)
        out.unmanaged = (plan.unmanaged + unmanaged).sorted()
        out.kept = (plan.kept + kept).sorted()
        out.notes = plan.notes + notes
        guard out.refusal == nil else { return out }
        if !errors.isEmpty {
            out.refusal = PlanRefusal(code: "identity-center-errors",
                                      message: errors.map(\.message).joined(separator: "; "),
                                      resources: errors.map(\.subject))
            return out
        }
        let deletions = out.actions.filter(\.kind.deletesResource)
        if deletions.count > options.maxDeletions {
            let names = deletions.map { "\($0.kind.verb) \($0.resource.display)" }
            out.refusal = PlanRefusal(
                code: "max-deletions-exceeded",
                message: "the plan deletes \(deletions.count) resources, more than --max-deletions \(options.maxDeletions): "
                    + names.joined(separator: ", ") + "; raise --max-deletions if this is intended",
                resources: names)
        }
        return out
    }
}

/// A reason the Identity Center part of a plan cannot be applied.
public struct IdentityCenterPlanError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Stable code: `unknown-principal`, `unknown-account`, `unknown-organizational-unit`, `unknown-permission-set`.
    public var code: String
    /// Lower-case message naming the bad value and where it is declared.
    public var message: String
    /// What it concerns (`group Admins`), for the refusal's resource list.
    public var subject: String

    /// Creates an error.
    public init(code: String, message: String, subject: String) {
        self.code = code
        self.message = message
        self.subject = subject
    }

    public var description: String { "\(message) [\(code)]" }
}
