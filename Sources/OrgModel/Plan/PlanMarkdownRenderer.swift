/// Renders a plan as Markdown for a pull-request comment (Atlantis style).
///
/// A counts table first so a reviewer sees the size at a glance, then one
/// collapsible section per organization holding the text plan in a `diff`
/// block (which colours `+`/`-` lines on GitHub and GitLab).
public enum PlanMarkdownRenderer {
    /// The comment body.
    public static func render(_ plan: Plan) -> String {
        var lines = ["### orgops plan for `\(plan.sourceRevision)`", "",
                     "| Organization | Create | Update | Delete | State |",
                     "|---|---:|---:|---:|---|"]
        for organization in plan.organizations {
            let counts = organization.counts
            lines.append("| \(organization.organization) | \(counts.create) | \(counts.update) | \(counts.delete) | \(state(organization)) |")
        }
        for organization in plan.organizations {
            lines.append("")
            lines.append("<details><summary><b>\(organization.organization)</b>: "
                + PlanTextRenderer.summary(organization.counts) + "</summary>")
            lines.append("")
            lines.append("```diff")
            lines += PlanTextRenderer.render(organization).dropFirst().map { line in
                // diff colouring keys on the first character, so action symbols move to column one.
                let trimmed = line.drop { $0 == " " }
                if let first = trimmed.first, "+~-!".contains(first) { return String(trimmed) }
                return line
            }
            lines.append("```")
            lines.append("")
            lines.append("</details>")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func state(_ plan: OrganizationPlan) -> String {
        if plan.refusal != nil { return "refused" }
        if plan.suspended { return "suspended" }
        return plan.actions.isEmpty ? "in sync" : "changes pending"
    }
}
