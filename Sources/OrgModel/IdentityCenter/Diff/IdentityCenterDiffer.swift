/// Computes what it takes to turn an Identity Center instance into what the manifests declare.
///
/// Pure, like `OrganizationDiffer`. The rules:
/// * a permission set is managed when it carries the ownership tag with the
///   organization's name; one of a declared name without the tag is adopted
///   only with `adopt: true`, otherwise reported as a conflict and left alone;
/// * a managed permission set is converged field by field (inline policy
///   compared as canonical JSON) and, after any content change, provisioned to
///   exactly the accounts it is already provisioned to;
/// * for a managed permission set the manifests are the whole truth about its
///   assignments: what they do not declare is deleted; assignments of
///   unmanaged permission sets are never looked at;
/// * an OU target is every account beneath it in the `ProjectedOrganization`
///   (so accounts created or moved there this pass are included, and those
///   moved out are not), minus `excludeAccounts`; assignments to an account
///   wait for its Organizations create, adopt or move action;
/// * ABAC attributes are converged when declared (an empty declaration leaves AWS as it is).
public enum IdentityCenterDiffer {
    /// Plans the Identity Center part of one organization.
    /// - Parameters:
    ///   - desired: the organization as the manifests declare it.
    ///   - live: the Organizations snapshot (for the projection).
    ///   - identityCenter: what an `IdentityCenterReader` just read.
    ///   - organizationPlan: the Organizations plan of the same pass, whose account actions assignments wait for.
    ///   - options: ownership tag key.
    public static func plan(desired: DesiredOrganization, live: LiveOrganization, identityCenter: LiveIdentityCenter,
                            organizationPlan: OrganizationPlan?, options: PlanOptions) -> IdentityCenterPlan {
        var session = IdentityCenterDiffSession(desired: desired, projection: ProjectedOrganization(desired: desired, live: live),
                                                live: identityCenter, organizationActions: organizationPlan?.actions ?? [],
                                                options: options)
        session.planAccessControlAttributes()
        session.planPermissionSets()
        session.planAssignments()
        session.planRemovedPermissionSets()
        return session.result()
    }

    /// Plans the Identity Center part and merges it into `organizationPlan`: the plan to show and apply.
    public static func merge(desired: DesiredOrganization, live: LiveOrganization, identityCenter: LiveIdentityCenter,
                             into organizationPlan: OrganizationPlan, options: PlanOptions) -> OrganizationPlan {
        plan(desired: desired, live: live, identityCenter: identityCenter, organizationPlan: organizationPlan,
             options: options).merged(into: organizationPlan, options: options)
    }
}
