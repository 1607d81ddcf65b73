/// Which OUs and accounts an imported assignment targets, given the accounts it has today.
///
/// Without folding, every account is listed: the manifest grants exactly what AWS has, and an
/// account moved into an OU later gets nothing it did not have. With folding, an OU whose accounts
/// (recursively, as the organization stands, at least one) are all assigned becomes an OU target —
/// the way people write assignments — and takes over from its accounts; the root is never folded,
/// since it would extend the grant to every future account of the organization.
struct AssignmentTargets: Equatable {
    /// OU paths, sorted.
    var organizationalUnits: [String] = []
    /// Account IDs not covered by an OU target, sorted.
    var accounts: [String] = []

    /// The targets of `assigned` (account IDs) over `live`'s OU tree and accounts.
    init(assigned: Set<String>, live: ImportedOrganization, fold: Bool) {
        var remaining = assigned
        if fold {
            for unit in live.units { include(unit, path: "/" + unit.name, live: live, remaining: &remaining) }
        }
        organizationalUnits.sort()
        accounts = remaining.sorted()
    }

    private mutating func include(_ unit: ImportedOrganization.Unit, path: String, live: ImportedOrganization,
                               remaining: inout Set<String>) {
        let beneath = Set(live.accounts.filter { $0.path == path || $0.path.hasPrefix(path + "/") }.map(\.id))
        if !beneath.isEmpty, beneath.isSubset(of: remaining) {
            organizationalUnits.append(path)
            remaining.subtract(beneath)
            return
        }
        for child in unit.children { include(child, path: path + "/" + child.name, live: live, remaining: &remaining) }
    }
}
