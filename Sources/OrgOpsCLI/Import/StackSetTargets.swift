import AWSServices

/// The `deploymentTargets` and `regions` of an imported stack set, from its live instances.
///
/// SERVICE_MANAGED: the OUs the set deploys to (DescribeStackSet's OU IDs and the instances' OU IDs,
/// a descendant of another target dropped), with an account filter only when the instances are not
/// every member beneath them — `excludeAccounts` when that is the shorter list, else `accounts`.
/// SELF_MANAGED: the instances' accounts. Regions: the set's own list, else the instances'. What the
/// manifest cannot express (an instance outside the targets, an account × region pair missing from
/// the product the manifest implies) is a notice, since the first plan would change it.
struct StackSetTargets: Equatable {
    /// OU paths (SERVICE_MANAGED), sorted.
    var organizationalUnits: [String] = []
    /// Target accounts (SELF_MANAGED) or the intersection filter (SERVICE_MANAGED), IDs, sorted.
    var accounts: [String] = []
    /// Accounts left out beneath the OUs (SERVICE_MANAGED), IDs, sorted.
    var excludeAccounts: [String] = []
    /// Regions.
    var regions: [String] = []
    /// What the targets cannot say as AWS has it.
    var notices: [String] = []

    /// The targets of `set` in `live`.
    init(_ set: StackSetImport, live: ImportedOrganization) {
        let instanceAccounts = Set(set.instances.map(\.account))
        regions = set.regions.isEmpty ? Set(set.instances.map(\.region)).sorted() : set.regions
        if set.permissionModel == "SERVICE_MANAGED" {
            let ids = Set(set.organizationalUnitIds + set.instances.compactMap(\.organizationalUnitId))
            var paths: [String] = []
            for id in ids.sorted() {
                if let path = live.unitPaths[id] { paths.append(path) } else {
                    notices.append("stack set \(set.name): target OU \(id) is not in the organization's OU tree; left out")
                }
            }
            organizationalUnits = paths.filter { path in
                !paths.contains { other in other != path && Self.contains(other, path) }
            }.sorted()
            let members = Set(live.accounts.filter { account in
                account.id != live.managementAccountId && organizationalUnits.contains { Self.contains($0, account.path) }
            }.map(\.id))
            let outside = instanceAccounts.subtracting(members)
            if !outside.isEmpty {
                notices.append("stack set \(set.name): instances in \(outside.sorted().joined(separator: ", ")) are outside "
                    + "its target OUs and are not declared; the first plan would remove them")
            }
            let missing = members.subtracting(instanceAccounts)
            let present = instanceAccounts.intersection(members)
            if !missing.isEmpty {
                if missing.count <= present.count || present.isEmpty {
                    excludeAccounts = missing.sorted()
                } else {
                    accounts = present.sorted()
                }
            }
        } else {
            accounts = instanceAccounts.sorted()
        }
        let pairs = Set(set.instances.map { "\($0.account)/\($0.region)" })
        let declared = set.permissionModel == "SERVICE_MANAGED" ? instanceAccounts : Set(accounts)
        let gaps = declared.sorted().flatMap { account in
            regions.filter { !pairs.contains("\(account)/\($0)") }.map { "\(account)/\($0)" }
        }
        if !gaps.isEmpty {
            notices.append("stack set \(set.name): no instance in \(gaps.joined(separator: ", ")); "
                + "the manifest deploys to every target account in every region, so the first plan would add them")
        }
    }

    /// True when `path` is `ancestor` or beneath it (`/` contains everything).
    static func contains(_ ancestor: String, _ path: String) -> Bool {
        ancestor == "/" || path == ancestor || path.hasPrefix(ancestor + "/")
    }
}
