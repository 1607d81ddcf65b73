/// The accounts a stack set may target, each with the OU path it will have after this pass.
///
/// Stack-set targets are expanded over the organization as it will be once the
/// Organizations actions of the same pass have run: an account the manifests
/// create or move counts where the manifests put it. Declared accounts take
/// their manifest OU; accounts no manifest declares keep their live OU. An
/// account still to be created has no ID yet and is referred to by manifest
/// name, resolved through `ApplyContext` when the instance operation runs.
/// The placement rules are `ProjectedOrganization`'s; this adds the OU
/// references instance operations target and the account references they name.
public struct StackSetTargetUniverse: Sendable, Equatable {
    /// One account as targets see it.
    public struct Member: Sendable, Hashable {
        /// How actions name it.
        public var reference: AccountReference
        /// Its OU path after this pass (`/` for the root).
        public var path: String

        /// Creates a member.
        public init(reference: AccountReference, path: String) {
            self.reference = reference
            self.path = path
        }

        /// The key instances are matched by: the ID, or the manifest name of an account still to be created.
        public var key: String { reference.id ?? "name:\(reference.name ?? "?")" }
    }

    /// Every active account, sorted by key.
    public var members: [Member]
    /// OU references by path (`/` is the root).
    public var organizationalUnits: [String: OUReference]
    /// The management account (never a SERVICE_MANAGED target).
    public var managementAccountId: String?

    /// Creates a universe directly (tests, fakes).
    public init(members: [Member], organizationalUnits: [String: OUReference], managementAccountId: String?) {
        self.members = members.sorted { $0.key < $1.key }
        self.organizationalUnits = organizationalUnits
        self.managementAccountId = managementAccountId
    }

    /// The organization after this pass, from the shared `ProjectedOrganization` (active accounts only: a
    /// suspended or closing account is given no new stack), with OU references for every known path.
    public static func projected(desired: DesiredOrganization, live: LiveOrganization) -> StackSetTargetUniverse {
        var units: [String: OUReference] = ["/": .root(id: live.rootId)]
        for unit in live.organizationalUnits { units[unit.path] = OUReference(path: unit.path, id: unit.id) }
        for unit in desired.allOrganizationalUnits where units[unit.path] == nil {
            units[unit.path] = OUReference(path: unit.path, id: unit.id)
        }
        let members = ProjectedOrganization(desired: desired, live: live).accounts.filter(\.active).map {
            Member(reference: AccountReference(name: $0.name, id: $0.id), path: $0.path)
        }
        return StackSetTargetUniverse(members: members, organizationalUnits: units,
                                      managementAccountId: live.managementAccountId ?? desired.managementAccountId)
    }

    /// The OU reference for `path` (an OU unknown to both sides gets a reference without ID).
    public func unit(_ path: String) -> OUReference {
        organizationalUnits[path] ?? OUReference(path: path, id: nil)
    }

    /// Accounts at `path` or anywhere beneath it.
    public func members(under path: String) -> [Member] {
        members.filter { Self.isWithin($0.path, path) }
    }

    /// The member a manifest reference names: by manifest name first, then by ID.
    public func member(for ref: AccountRef) -> Member? {
        if let name = ref.name, let found = members.first(where: { $0.reference.name == name }) { return found }
        guard let id = ref.accountId else { return nil }
        return members.first { $0.reference.id == id }
    }

    /// True when `path` is `ancestor` or below it.
    public static func isWithin(_ path: String, _ ancestor: String) -> Bool {
        ancestor == "/" || path == ancestor || path.hasPrefix(ancestor + "/")
    }
}
