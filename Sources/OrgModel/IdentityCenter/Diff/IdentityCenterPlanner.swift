/// One organization's Identity Center step of a pass: decide whether to read, read through the port, plan, merge.
///
/// What `orgops plan`/`apply` call after `OrganizationDiffer` for each
/// organization. It reads as little as what can come of it:
/// * an organization that declares no permission set, no assignment and no
///   `identityCenter:` settings gets an owned-only read
///   (`IdentityCenterReadRequest.ownedOnly`): removing its last PermissionSet
///   manifest must prune (or, with prune off, report) what it owns, exactly as
///   removing one of two does. With nothing owned that read costs ListInstances,
///   ListPermissionSets and one ListTagsForResource per permission set
///   (docs/rate-limits.md);
/// * an organization that does not exist yet, or whose delegated administrator
///   account is created by this pass, is planned on the next pass (a note says so;
///   none when it declares nothing, since it can own nothing yet).
public enum IdentityCenterPlanner {
    /// True when the organization declares anything of Identity Center.
    public static func declares(_ organization: DesiredOrganization) -> Bool {
        !organization.permissionSets.isEmpty || !organization.assignments.isEmpty || organization.identityCenter != nil
    }

    /// The organization's plan with its Identity Center part merged in, or with a note explaining why not yet.
    /// - Parameters:
    ///   - organizationPlan: what `OrganizationDiffer` planned from the same snapshot.
    ///   - reader: the Identity Center port (AWS, or a fake in tests).
    public static func plan(desired: DesiredOrganization, live: LiveOrganization, organizationPlan: OrganizationPlan,
                            reader: any IdentityCenterReader, options: PlanOptions) async throws -> OrganizationPlan {
        guard declares(desired) else {
            guard live.exists else { return organizationPlan }
            var request = IdentityCenterReadRequest(organization: desired, live: live, ownerTagKey: options.ownerTagKey)
            request.ownedOnly = true
            let center = try await reader.readIdentityCenter(desired, request: request)
            var merged = IdentityCenterDiffer.merge(desired: desired, live: live, identityCenter: center,
                                                    into: organizationPlan, options: options)
            if let reason = center.unreadable {
                merged.notes.append("identity center was not read (\(reason)); permission sets orgops owns there "
                    + "are neither pruned nor reported")
            }
            return merged
        }
        var deferred = organizationPlan
        guard live.exists else {
            deferred.notes.append("identity center is planned once the organization exists (the next pass)")
            return deferred
        }
        let request = IdentityCenterReadRequest(organization: desired, live: live, ownerTagKey: options.ownerTagKey)
        if let admin = desired.identityCenter?.delegatedAdministrator, request.delegatedAdministratorAccountId == nil {
            deferred.notes.append("identity center is planned once its delegated administrator account '\(admin)' "
                + "exists (the next pass)")
            return deferred
        }
        let center = try await reader.readIdentityCenter(desired, request: request)
        return IdentityCenterDiffer.merge(desired: desired, live: live, identityCenter: center, into: organizationPlan,
                                          options: options)
    }
}
