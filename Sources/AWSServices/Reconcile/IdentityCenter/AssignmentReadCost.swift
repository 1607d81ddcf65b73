import OrgModel

/// Which way of reading live assignments costs fewer calls, from counts known before either is done.
///
/// * Per permission set: one ListAccountAssignments per (managed permission
///   set, account it is provisioned to) — the provisioned accounts are read
///   anyway (they are what provisioning targets), so this cost is exact:
///   `Σ provisioned(ps)` calls (plus extra pages, rare: 100 assignments per page).
/// * Per principal: ListGroups and ListUsers (one call per 100 principals),
///   then one ListAccountAssignmentsForPrincipal per principal (plus a page per
///   100 assignments). Before listing, its floor is
///   `2 + declared principals`; after listing, `principals + Σ provisioned / 100`.
///
/// Rule: per permission set when its exact cost is at most the per-principal
/// floor (small estates, or few provisioned accounts); otherwise list the
/// principals and pick per principal when `principals + ⌈Σ provisioned / 100⌉`
/// is below `Σ provisioned`. Never per (account × permission set) blindly: the
/// per-permission-set way only visits accounts a permission set is provisioned to.
public struct AssignmentReadCost: Sendable, Equatable {
    /// `Σ provisioned(ps)` over the permission sets read in depth.
    public var provisionedPairs: Int
    /// Group and user names the manifests use.
    public var declaredPrincipals: Int

    /// Creates the inputs.
    public init(provisionedPairs: Int, declaredPrincipals: Int) {
        self.provisionedPairs = provisionedPairs
        self.declaredPrincipals = declaredPrincipals
    }

    /// Calls of the per-permission-set way.
    public var perPermissionSet: Int { provisionedPairs }

    /// The least the per-principal way can cost before the principals are listed.
    public var perPrincipalFloor: Int { 2 + declaredPrincipals }

    /// True when listing the principals is worth a try.
    public var worthListingPrincipals: Bool { perPermissionSet > perPrincipalFloor }

    /// Calls of the per-principal way once `principals` (groups and users) are known, listing excluded (spent).
    public func perPrincipal(principals: Int) -> Int {
        principals + (provisionedPairs + 99) / 100
    }

    /// The strategy once `principals` is known (nil when they were not listed).
    public func strategy(principals: Int?) -> AssignmentReadStrategy {
        guard let principals, worthListingPrincipals else { return .perPermissionSet }
        return perPrincipal(principals: principals) < perPermissionSet ? .perPrincipal : .perPermissionSet
    }
}
