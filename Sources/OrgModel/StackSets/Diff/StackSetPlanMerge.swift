/// Joins an organization's stack-set actions to its Organizations plan, with the order across kinds.
///
/// Two rules cross the kinds: an instance operation whose targets include an
/// account created or moved in the same pass (or an OU created in it) waits
/// for that action, and deleting an OU, or removing or closing an account,
/// waits for the instance removals in it. The Organizations differ needs
/// nothing of its own for this: `merge` adds the dependencies in both
/// directions by action ID (`create account <name>`, `move account <name>`,
/// `create organizational-unit <path>`, `delete organizational-unit <path>`,
/// `remove account <name>`, `close account <name>`) and re-sorts.
public enum StackSetPlanMerge {
    /// The organization plan with the stack-set actions, reports and dependencies added, re-ordered,
    /// and the deletion limit applied to the whole.
    public static func merge(_ stackSets: StackSetPlan, into plan: OrganizationPlan, universe: StackSetTargetUniverse,
                             live: LiveOrganization, options: PlanOptions) -> OrganizationPlan {
        let byId = Set(plan.actions.map(\.id))
        var livePaths: [String: String] = [:]
        var unitPaths: [String: String] = [:]
        if let root = live.rootId { unitPaths[root] = "/" }
        for unit in live.organizationalUnits { unitPaths[unit.id] = unit.path }
        for account in live.accounts { livePaths[account.id] = unitPaths[account.parentId] ?? "/" }

        var stackActions = stackSets.actions
        for index in stackActions.indices {
            guard case .stackSet(let kind) = stackActions[index].kind else { continue }
            var extra: [String] = []
            switch kind {
            case .createInstances(let batch), .updateInstances(let batch):
                let accounts = batch.accounts.isEmpty
                    ? batch.organizationalUnits.flatMap { universe.members(under: $0.path).map(\.reference) }
                    : batch.accounts
                for account in accounts {
                    guard let name = account.name else { continue }
                    extra += ["create account \(name)", "move account \(name)", "adopt account \(name)"]
                }
                for unit in batch.organizationalUnits where unit.id == nil && !unit.isRoot {
                    extra.append("create organizational-unit \(unit.path)")
                }
            default:
                break
            }
            let known = extra.filter(byId.contains)
            stackActions[index].dependsOn += known.filter { !stackActions[index].dependsOn.contains($0) }
        }

        var organizationActions = plan.actions
        for index in organizationActions.indices {
            let action = organizationActions[index]
            var waitFor: [String] = []
            switch action.kind {
            case .deleteOrganizationalUnit(let unit):
                waitFor = stackSets.removals(affecting: unit.path, livePaths: livePaths)
            case .removeAccount(let account), .closeAccount(let account):
                waitFor = stackSets.removals(affecting: account.id.flatMap { livePaths[$0] } ?? "/",
                                             livePaths: livePaths)
            default:
                continue
            }
            organizationActions[index].dependsOn += waitFor.filter { !action.dependsOn.contains($0) }
        }

        var merged = plan
        merged.actions = ActionOrdering.sorted(organizationActions + stackActions)
        merged.unmanaged = (plan.unmanaged + stackSets.unmanaged).sorted()
        merged.kept = (plan.kept + stackSets.kept).sorted()
        merged.notes = plan.notes + stackSets.notes
        let deletions = merged.actions.filter(\.kind.deletesResource)
        if merged.refusal == nil, deletions.count > options.maxDeletions {
            let names = deletions.map { "\($0.kind.verb) \($0.resource.display)" }
            merged.refusal = PlanRefusal(
                code: "max-deletions-exceeded",
                message: "the plan deletes \(deletions.count) resources, more than --max-deletions \(options.maxDeletions): "
                    + names.joined(separator: ", ") + "; raise --max-deletions if this is intended",
                resources: names)
        }
        return merged
    }
}
