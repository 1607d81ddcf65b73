/// The organization as it will be once this pass's Organizations actions are done: every account at its OU path.
///
/// Identity Center assignments and StackSet instances that target an OU mean
/// "every account beneath it, recursively", and that must include accounts the
/// same pass creates or moves there — otherwise an account would get its access
/// one pass late and lose it one pass late. Projecting from desired and live
/// state (rather than from the plan's actions) keeps it pure and independent
/// of how the Organizations differ words its actions:
/// * a declared account that is matched in AWS (by ID, else by e-mail, as the
///   Organizations differ matches) and active sits at its desired OU;
/// * a declared account not yet in AWS is included by manifest name, without ID;
/// * an account no manifest declares (unmanaged, or managed and about to be
///   released) stays at its live parent, and so does everything in an ignored subtree;
/// * an account that is not `ACTIVE` stays where it is, flagged, since orgops leaves it alone.
public struct ProjectedOrganization: Sendable, Equatable {
    /// Every account, sorted by path, then manifest name, then ID.
    public let accounts: [ProjectedAccount]
    /// Every OU path the projection knows (desired and live), sorted; `/` is the root.
    public let organizationalUnitPaths: [String]
    private let byName: [String: Int]
    private let byId: [String: Int]

    /// Projects `desired` over `live`.
    public init(desired: DesiredOrganization, live: LiveOrganization) {
        var out: [ProjectedAccount] = []
        var matchedIds = Set<String>()
        let livePaths = Self.livePaths(live)
        let ignored = desired.allOrganizationalUnits.filter(\.ignore).map(\.path)
        for account in desired.accounts {
            guard let match = Self.match(account, in: live) else {
                if account.accountId == nil {
                    out.append(ProjectedAccount(name: account.name, id: nil, path: account.organizationalUnit,
                                                livePath: nil, origin: .created, active: true))
                }
                continue
            }
            matchedIds.insert(match.id)
            let livePath = livePaths[match.parentId]
            let active = match.status == "ACTIVE"
            out.append(ProjectedAccount(name: account.name, id: match.id,
                                        path: active ? account.organizationalUnit : (livePath ?? account.organizationalUnit),
                                        livePath: livePath, origin: .declared, active: active))
        }
        for account in live.accounts where !matchedIds.contains(account.id) {
            let path = livePaths[account.parentId] ?? "/"
            let inIgnored = ignored.contains { path == $0 || path.hasPrefix($0 + "/") }
            out.append(ProjectedAccount(name: nil, id: account.id, path: path, livePath: path,
                                        origin: inIgnored ? .ignored : .undeclared, active: account.status == "ACTIVE"))
        }
        out.sort()
        accounts = out
        var names: [String: Int] = [:]
        var ids: [String: Int] = [:]
        for (index, account) in out.enumerated() {
            if let name = account.name { names[name] = index }
            if let id = account.id { ids[id] = index }
        }
        byName = names
        byId = ids
        let paths = Set(desired.allOrganizationalUnits.map(\.path)).union(live.organizationalUnits.map(\.path))
        organizationalUnitPaths = ["/"] + paths.subtracting(["/"]).sorted()
    }

    /// Every account at `path` or anywhere beneath it; `/` means the whole organization.
    public func accounts(under path: String) -> [ProjectedAccount] {
        let prefix = path == "/" ? "/" : path + "/"
        return accounts.filter { $0.path == path || $0.path.hasPrefix(prefix) }
    }

    /// The account a manifest reference names: by manifest name, else by ID.
    public func account(_ reference: AccountRef) -> ProjectedAccount? {
        if let name = reference.name, let index = byName[name] { return accounts[index] }
        if let id = reference.accountId, let index = byId[id] { return accounts[index] }
        return nil
    }

    /// The account with this ID.
    public func account(id: String) -> ProjectedAccount? { byId[id].map { accounts[$0] } }

    /// True when the OU path is known, declared or live.
    public func knows(path: String) -> Bool { organizationalUnitPaths.contains(path) }

    /// The live account a declared one is matched with: by ID when pinned, else by e-mail (case-insensitive).
    static func match(_ account: DesiredAccount, in live: LiveOrganization) -> LiveAccount? {
        if let id = account.accountId { return live.accounts.first { $0.id == id } }
        let email = account.email.lowercased()
        return live.accounts.first { $0.email.lowercased() == email }
    }

    /// Live parent ID → path, the root included.
    static func livePaths(_ live: LiveOrganization) -> [String: String] {
        var paths = Dictionary(live.organizationalUnits.map { ($0.id, $0.path) }, uniquingKeysWith: { first, _ in first })
        if let root = live.rootId { paths[root] = "/" }
        return paths
    }
}
