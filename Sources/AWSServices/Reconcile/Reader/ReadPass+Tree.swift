import AWSClient
import OrgModel

extension ReadPass {
    /// One parent visited by the walk: its ID and the path its children hang under.
    private struct Parent: Sendable {
        let id: String
        let path: String
    }

    /// What one parent holds.
    private struct Visit: Sendable {
        let units: [LiveOrganizationalUnit]
        let accounts: [LiveAccount]
    }

    /// The OU tree and every account, breadth-first from the root, each level's parents visited concurrently.
    ///
    /// A visit lists the parent's child OUs and its accounts side by side, so
    /// the walk costs two calls per parent (plus overflow pages) and depth
    /// rounds; accounts come with their parent for free.
    func tree(rootId: String) async throws -> ([LiveOrganizationalUnit], [LiveAccount]) {
        var units: [LiveOrganizationalUnit] = []
        var accounts: [LiveAccount] = []
        var seenAccounts = Set<String>()
        var level = [Parent(id: rootId, path: "")]
        var visited = Set<String>()
        while !level.isEmpty {
            let visits = try await concurrentMap(level, width: width) { parent in try await visit(parent) }
            var next: [Parent] = []
            for visit in visits {
                for unit in visit.units where visited.insert(unit.id).inserted {
                    units.append(unit)
                    next.append(Parent(id: unit.id, path: unit.path))
                }
                // An account moved while the walk runs may show under two parents; the first seen wins.
                for account in visit.accounts where seenAccounts.insert(account.id).inserted {
                    accounts.append(account)
                }
            }
            level = next
        }
        return (units, accounts)
    }

    private func visit(_ parent: Parent) async throws -> Visit {
        let api = self.api
        let name = parent.path.isEmpty ? "root" : "ou \(parent.path)"
        async let unitsRead = step(name, "ListOrganizationalUnitsForParent") {
            try await api.listAllOrganizationalUnitsForParent(.init(parentId: parent.id))
        }
        async let accountsRead = step(name, "ListAccountsForParent") {
            try await api.listAllAccountsForParent(.init(parentId: parent.id))
        }
        let units = try await unitsRead.compactMap { unit -> LiveOrganizationalUnit? in
            guard let id = unit.id, let unitName = unit.name else { return nil }
            return LiveOrganizationalUnit(id: id, name: unitName, parentId: parent.id,
                                          path: "\(parent.path)/\(unitName)", tags: nil)
        }
        let accounts = try await accountsRead.compactMap { account -> LiveAccount? in
            guard let id = account.id else { return nil }
            return LiveAccount(id: id, name: account.name ?? "", email: account.email ?? "",
                               status: account.state ?? account.status ?? "ACTIVE", parentId: parent.id, tags: nil)
        }
        return Visit(units: units, accounts: accounts)
    }
}
