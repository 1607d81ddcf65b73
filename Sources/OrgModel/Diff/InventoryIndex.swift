/// Constant-time lookups into the previous inventory for one diff.
///
/// `Inventory.entry(kind:awsId:)` scans the entries, which is fine once but
/// quadratic when the differ asks for every account, OU and policy of a large
/// organization (1,000 accounts: a million comparisons a pass). The index is
/// built once per `DiffSession` and answers exactly as the scan does: the first
/// entry in inventory order wins when two share a key.
struct InventoryIndex {
    private let byAWSId: [ResourceKind: [String: InventoryEntry]]
    private let byName: [ResourceKind: [String: InventoryEntry]]

    /// Indexes the entries of `inventory`; an absent inventory indexes nothing.
    init(_ inventory: Inventory?) {
        var byAWSId: [ResourceKind: [String: InventoryEntry]] = [:]
        var byName: [ResourceKind: [String: InventoryEntry]] = [:]
        for entry in inventory?.entries ?? [] {
            if byAWSId[entry.kind]?[entry.awsId] == nil { byAWSId[entry.kind, default: [:]][entry.awsId] = entry }
            if byName[entry.kind]?[entry.name] == nil { byName[entry.kind, default: [:]][entry.name] = entry }
        }
        self.byAWSId = byAWSId
        self.byName = byName
    }

    /// The entry of a resource kind with this AWS ID, as `Inventory.entry(kind:awsId:)` finds it.
    func entry(kind: ResourceKind, awsId: String) -> InventoryEntry? { byAWSId[kind]?[awsId] }

    /// The entry of a resource kind with this logical name, as `Inventory.entry(kind:name:)` finds it.
    func entry(kind: ResourceKind, name: String) -> InventoryEntry? { byName[kind]?[name] }

    /// True when the inventory records the resource as managed.
    func manages(kind: ResourceKind, awsId: String) -> Bool { entry(kind: kind, awsId: awsId) != nil }
}
