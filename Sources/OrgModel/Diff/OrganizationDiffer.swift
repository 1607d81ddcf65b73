import Foundation

/// Computes what it takes to turn an organization's live state into its desired state.
///
/// Pure: the same desired state, snapshot, options and inventory always give
/// the same plan, in the same order. The rules (what is managed, what is only
/// reported, what prune deletes) are those of MANIFESTS.md "What the operator owns".
public enum OrganizationDiffer {
    /// Plans one organization.
    /// - Parameters:
    ///   - desired: the organization as the manifests declare it.
    ///   - live: what a `LiveStateReader` just read.
    ///   - options: ownership tag key and deletion limit.
    ///   - inventory: what the last status recorded as managed; the ownership fallback when tags were not read,
    ///     and the evidence that tells drift from a change in manifests.
    public static func plan(desired: DesiredOrganization, live: LiveOrganization, options: PlanOptions,
                            inventory: Inventory? = nil) -> OrganizationPlan {
        var session = DiffSession(desired: desired, live: live, options: options, inventory: inventory)
        session.planOrganization()
        session.planPolicyTypes()
        session.planServiceAccess()
        session.planOrganizationalUnits()
        session.planAccounts()
        session.planDelegatedAdministrators()
        session.planPolicies()
        session.planRemovedOrganizationalUnits()
        session.disableAfterCleanup()
        return session.finish()
    }

    /// Plans every organization of a desired state whose snapshot is given, as one `Plan`.
    /// - Parameters:
    ///   - desired: the loaded manifests.
    ///   - live: snapshots by organization name; organizations without one are left out.
    ///   - inventories: last recorded inventories by organization name.
    ///   - sourceRevision: the revision the manifests came from.
    ///   - createdAt: the plan's timestamp (passed in, never read from a clock here).
    public static func plan(desired: DesiredState, live: [String: LiveOrganization], options: PlanOptions,
                            inventories: [String: Inventory] = [:], sourceRevision: String,
                            createdAt: Date) -> Plan {
        var plans: [OrganizationPlan] = []
        for name in desired.organizationNames {
            guard let organization = desired.organizations[name], let snapshot = live[name] else { continue }
            plans.append(plan(desired: organization, live: snapshot, options: options, inventory: inventories[name]))
        }
        return Plan(sourceRevision: sourceRevision, createdAt: createdAt, options: options, organizations: plans)
    }
}
