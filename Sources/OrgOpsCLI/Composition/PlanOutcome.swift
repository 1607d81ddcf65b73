import OrgModel

/// What `PlanWorkflow.plan` produced: the plan, the snapshots it was made from, and the
/// organizations that could not be planned.
public struct PlanOutcome: Sendable {
    /// The plan of every organization that was read.
    public var plan: Plan
    /// The live snapshot of each planned organization, by name.
    public var live: [String: LiveOrganization] = [:]
    /// The inventory each organization was planned with, by name (absent: none recorded).
    public var inventories: [String: Inventory] = [:]
    /// Organizations that could not be read, sorted by name.
    public var failures: [OrganizationFailure] = []

    /// Prints every failure on `stderr`; true when there was one.
    public func report(to stderr: any TerminalOutput) -> Bool {
        for failure in failures { stderr.line("Error: \(failure.description)") }
        return !failures.isEmpty
    }
}
