/// What orgops manages in one organization, as the last status recorded it.
///
/// Ownership lives on the resources (the ownership tag); the inventory is the
/// fallback on passes that do not read tags, so prune still knows what it may
/// delete. Entries carry a digest of the desired spec last applied, which is
/// how the differ tells drift (AWS changed, manifests did not) from a change.
public struct Inventory: Sendable, Equatable, Codable {
    /// The organization's manifest name.
    public var organization: String
    /// Managed resources, sorted by kind then name.
    public var entries: [InventoryEntry]

    /// Creates an inventory; entries are sorted.
    public init(organization: String, entries: [InventoryEntry]) {
        self.organization = organization
        self.entries = entries.sorted()
    }

    /// The entry of a resource kind with this AWS ID.
    public func entry(kind: ResourceKind, awsId: String) -> InventoryEntry? {
        entries.first { $0.kind == kind && $0.awsId == awsId }
    }

    /// The entry of a resource kind with this logical name.
    public func entry(kind: ResourceKind, name: String) -> InventoryEntry? {
        entries.first { $0.kind == kind && $0.name == name }
    }

    /// True when the inventory records the resource as managed.
    public func manages(kind: ResourceKind, awsId: String) -> Bool { entry(kind: kind, awsId: awsId) != nil }
}

/// One managed resource.
public struct InventoryEntry: Sendable, Hashable, Codable, Comparable {
    /// Account, OU or policy.
    public var kind: ResourceKind
    /// Manifest name (OU: its path).
    public var name: String
    /// The AWS ID.
    public var awsId: String
    /// SHA-256 of the desired spec last applied; nil when unknown.
    public var digest: String?
    /// For accounts: what to do on removal (`release`, `remove`, `close`), so prune follows it after the manifest is gone.
    public var onRemoval: String?

    /// Creates an entry.
    public init(kind: ResourceKind, name: String, awsId: String, digest: String? = nil, onRemoval: String? = nil) {
        self.kind = kind
        self.name = name
        self.awsId = awsId
        self.digest = digest
        self.onRemoval = onRemoval
    }

    public static func < (a: InventoryEntry, b: InventoryEntry) -> Bool {
        (a.kind.order, a.name, a.awsId) < (b.kind.order, b.name, b.awsId)
    }
}
