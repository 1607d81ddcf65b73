/// Renders a plan as text in the manner of `terraform plan`: one block per organization, symbols per action.
///
/// `+` create, `~` update, `-` delete, `!` drift (changed out of band); each
/// action's field changes indented beneath it as `field: before → after`.
/// Deterministic, so it is snapshot-tested and stable in CI logs.
public enum PlanTextRenderer {
    /// The whole plan.
    public static func render(_ plan: Plan) -> String {
        var lines = ["orgops plan for revision \(plan.sourceRevision)", ""]
        for organization in plan.organizations {
            lines += render(organization)
            lines.append("")
        }
        if plan.organizations.count > 1 {
            let total = plan.organizations.map(\.counts).reduce(PlanCounts(), +)
            lines.append("Total: " + summary(total))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One organization's block.
    public static func render(_ plan: OrganizationPlan) -> [String] {
        var lines = ["Organization \(plan.organization):"]
        for action in plan.actions {
            lines.append("  " + headline(action))
            for change in action.changes {
                lines.append("      \(change.field): \(show(change.before)) → \(show(change.after))")
            }
        }
        if plan.actions.isEmpty { lines.append("  No changes. The organization matches the manifests.") }
        if !plan.unmanaged.isEmpty {
            lines.append("  Unmanaged (reported, never touched):")
            lines += plan.unmanaged.map { "    \(display($0))" }
        }
        if !plan.kept.isEmpty {
            lines.append("  Kept because prune is off (manifest removed):")
            lines += plan.kept.map { "    \(display($0))" }
        }
        lines += plan.notes.map { "  Note: \($0)" }
        if plan.suspended { lines.append("  Suspended: reconcile.suspend is true, so this plan is never applied.") }
        if let refusal = plan.refusal { lines.append("  Refused: \(refusal.message)") }
        lines.append("  Plan: " + summary(plan.counts))
        return lines
    }

    /// The action's first line: symbol, verb, resource, reason.
    public static func headline(_ action: PlannedAction) -> String {
        "\(symbol(action)) \(action.kind.verb) \(display(action.resource)) (\(action.reason.rawValue))"
    }

    /// `+`, `~`, `-`, or `!` for drift.
    public static func symbol(_ action: PlannedAction) -> String {
        if action.reason.isDrift { return "!" }
        switch action.effect {
        case .create: return "+"
        case .update: return "~"
        case .delete: return "-"
        }
    }

    /// `Plan: 3 to create, 1 to update, 0 to delete.`
    public static func summary(_ counts: PlanCounts) -> String {
        "\(counts.create) to create, \(counts.update) to update, \(counts.delete) to delete."
    }

    static func display(_ resource: ResourceRef) -> String {
        resource.awsId.map { "\(resource.display) [\($0)]" } ?? resource.display
    }

    private static func show(_ value: String?) -> String {
        guard let value else { return "(none)" }
        return value.isEmpty ? "\"\"" : value
    }
}
