/// The working state of one diff: indexes over both sides, the actions planned so far, and the findings.
///
/// Each `plan…` step (in `DiffSession+*.swift`) adds actions and records the IDs
/// of its creates so later steps can depend on them; `finish()` orders them
/// and applies the plan-wide rules (deletion limit, suspend).
struct DiffSession {
    let desired: DesiredOrganization
    let live: LiveOrganization
    let options: PlanOptions
    let inventory: Inventory?
    /// The inventory's entries by kind and AWS ID and by kind and name.
    let inventoryIndex: InventoryIndex

    var actions: [PlannedAction] = []
    /// Action ID → its index in `actions`.
    var actionIndex: [String: Int] = [:]
    var unmanaged: [ResourceRef] = []
    var kept: [ResourceRef] = []
    var notes: [String] = []

    /// The `createOrganization` action's ID, when planned (everything else waits for it).
    var organizationCreate: String?
    /// Policy type → its enable action.
    var policyTypeEnables: [String: String] = [:]
    /// Service principal → its enable action.
    var serviceEnables: [String: String] = [:]
    /// Desired OU path → the live OU it is matched with.
    var ouMatches: [String: LiveOrganizationalUnit] = [:]
    /// Desired OU path → its create action.
    var ouCreates: [String: String] = [:]
    /// Account manifest name → the live account it is matched with.
    var accountMatches: [String: LiveAccount] = [:]
    /// Account manifest name → its create action.
    var accountCreates: [String: String] = [:]
    /// Live OU ID → actions that must finish before it can be deleted (moves out, detaches).
    var ouVacating: [String: [String]] = [:]
    /// Policy type → actions that must finish before the type can be disabled.
    var policyTypeCleanup: [String: [String]] = [:]
    /// Service principal → actions that must finish before its access can be disabled.
    var serviceCleanup: [String: [String]] = [:]
    /// Paths of desired OUs marked `ignore: true`.
    let ignoredPaths: [String]
    /// Live OUs by ID.
    let liveOUs: [String: LiveOrganizationalUnit]
    /// Live OUs by path.
    let liveOUsByPath: [String: LiveOrganizationalUnit]
    /// Live OUs by parent ID and name.
    let liveOUsByParentAndName: [String: [LiveOrganizationalUnit]]
    /// Live accounts by ID.
    let liveAccounts: [String: LiveAccount]
    /// Live accounts by lower-cased email.
    let liveAccountsByEmail: [String: LiveAccount]
    /// Manifest name by matched live account ID.
    var accountNamesById: [String: String] = [:]

    init(desired: DesiredOrganization, live: LiveOrganization, options: PlanOptions, inventory: Inventory?) {
        self.desired = desired
        self.live = live
        self.options = options
        self.inventory = inventory
        inventoryIndex = InventoryIndex(inventory)
        ignoredPaths = desired.allOrganizationalUnits.filter(\.ignore).map(\.path)
        liveOUs = Dictionary(live.organizationalUnits.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        liveOUsByPath = Dictionary(live.organizationalUnits.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        liveOUsByParentAndName = Dictionary(grouping: live.organizationalUnits) { "\($0.parentId)/\($0.name)" }
        liveAccounts = Dictionary(live.accounts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        liveAccountsByEmail = Dictionary(live.accounts.map { ($0.email.lowercased(), $0) },
                                         uniquingKeysWith: { first, _ in first })
    }

    /// The owner tag as desired on everything orgops manages.
    var ownerTag: [String: String] { [options.ownerTagKey: desired.name] }

    /// True when a live path lies in (or is) an ignored subtree.
    func isIgnored(path: String) -> Bool {
        ignoredPaths.contains { path == $0 || path.hasPrefix($0 + "/") }
    }

    /// The path of a live parent ID (`/` for the root), nil when unknown.
    func livePath(ofParent parentId: String) -> String? {
        if parentId == live.rootId { return "/" }
        return liveOUs[parentId]?.path
    }

    /// Whether orgops manages a live resource: its ownership tag when tags were read, else the inventory.
    func isManaged(kind: ResourceKind, id: String, tags: [String: String]?) -> Bool {
        if let tags { return tags[options.ownerTagKey] == desired.name }
        return inventoryIndex.manages(kind: kind, awsId: id)
    }

    /// The reason for changing a resource that exists: drift when the inventory shows the same desired spec was applied.
    func updateReason(kind: ResourceKind, id: String?, digest: String) -> ActionReason {
        guard let id, let entry = inventoryIndex.entry(kind: kind, awsId: id), let recorded = entry.digest else {
            return .differsFromManifests
        }
        return recorded == digest ? .changedOutOfBand : .changedInManifests
    }

    /// The reason for creating a resource: drift when the inventory recorded it, with this spec, as managed
    /// (someone deleted it by hand), else new in manifests.
    func createReason(kind: ResourceKind, name: String, digest: String) -> ActionReason {
        guard let entry = inventoryIndex.entry(kind: kind, name: name), entry.digest == digest else { return .newInManifests }
        return .changedOutOfBand
    }

    /// A reference to a desired OU path (root for `/`), with the matched live ID when there is one.
    func ouReference(path: String) -> OUReference {
        if path == "/" { return .root(id: live.rootId) }
        if let match = ouMatches[path] { return OUReference(path: path, id: match.id) }
        if let existing = liveOUsByPath[path] {
            return OUReference(path: path, id: existing.id)
        }
        return OUReference(path: path, id: nil)
    }

    /// The action creating a desired OU path, if one is planned.
    func ouDependency(path: String) -> [String] { ouCreates[path].map { [$0] } ?? [] }

    /// A reference to an account named by a manifest reference, with its ID when known.
    func accountReference(_ ref: AccountRef) -> AccountReference {
        if let name = ref.name {
            return AccountReference(name: name, id: ref.accountId ?? accountMatches[name]?.id)
        }
        return AccountReference(name: nil, id: ref.accountId)
    }

    /// The action creating the referenced account, if one is planned.
    func accountDependency(_ ref: AccountRef) -> [String] {
        guard let name = ref.name, let create = accountCreates[name] else { return [] }
        return [create]
    }

    /// Adds an action; its ID is `verb kind name`, unique within the plan.
    @discardableResult
    mutating func add(_ kind: ActionKind, _ resource: ResourceRef, changes: [FieldChange] = [],
                      reason: ActionReason, dependsOn: [String] = []) -> String {
        let id = "\(kind.verb) \(resource.kind.rawValue) \(resource.name)"
        if let existing = actionIndex[id] {
            // The same change reached by two rules (an automatic attachment also left over, say): plan it once.
            actions[existing].dependsOn = Array(Set(actions[existing].dependsOn).union(dependsOn)).filter { $0 != id }.sorted()
            return id
        }
        var dependencies = Set(dependsOn)
        if let organizationCreate, id != organizationCreate { dependencies.insert(organizationCreate) }
        dependencies.remove(id)
        actionIndex[id] = actions.count
        actions.append(PlannedAction(id: id, kind: kind, resource: resource, changes: changes, reason: reason,
                                     dependsOn: dependencies.sorted()))
        return id
    }
}
