/// One change the plan will make, with what the renderers show and what the executor orders by.
///
/// `reason` and `changes` are for people only (like Terraform's action reason):
/// the executor decides from `kind` and `dependsOn` alone.
public struct PlannedAction: Sendable, Equatable, Codable, Identifiable {
    /// Stable ID within the organization's plan (`ou.create:/Workloads/Prod`), so dependencies survive a plan file.
    public var id: String
    /// What to do, with everything the applier needs.
    public var kind: ActionKind
    /// The resource it concerns, for display and status.
    public var resource: ResourceRef
    /// Field changes for display (`field: before → after`); secrets never appear here.
    public var changes: [FieldChange]
    /// Why it is planned.
    public var reason: ActionReason
    /// IDs of actions that must succeed first.
    public var dependsOn: [String]

    /// Creates an action.
    public init(id: String, kind: ActionKind, resource: ResourceRef, changes: [FieldChange] = [],
                reason: ActionReason, dependsOn: [String] = []) {
        self.id = id
        self.kind = kind
        self.resource = resource
        self.changes = changes
        self.reason = reason
        self.dependsOn = dependsOn
    }

    /// Create, update or delete, as the summary counts it.
    public var effect: ActionEffect { kind.effect }
}

/// The three effects a plan summary counts.
public enum ActionEffect: String, Sendable, Equatable, Codable {
    /// Something new appears.
    case create
    /// Something existing changes (including attach, detach, move, tag).
    case update
    /// Something goes away (delete, remove, close, disable, deregister).
    case delete
}

/// A field's value before and after, as text.
public struct FieldChange: Sendable, Equatable, Codable {
    /// The field (`name`, `content`, `tags.env`, `parent`).
    public var field: String
    /// Before; nil when absent.
    public var before: String?
    /// After; nil when removed.
    public var after: String?

    /// Creates a change.
    public init(field: String, before: String?, after: String?) {
        self.field = field
        self.before = before
        self.after = after
    }
}

/// Why an action is planned: shown to people, never used to decide anything.
public enum ActionReason: String, Sendable, Equatable, Codable {
    /// Declared in manifests and absent in AWS.
    case newInManifests = "new in manifests"
    /// The manifests changed since the last apply recorded in the inventory.
    case changedInManifests = "changed in manifests"
    /// AWS and manifests differ and there is no record of the last apply to say which side moved.
    case differsFromManifests = "differs from manifests"
    /// AWS changed while the manifests did not: someone edited it by hand.
    case changedOutOfBand = "changed out of band"
    /// Managed, and its manifest is gone (prune is on).
    case removedFromManifests = "removed from manifests"
    /// An existing account taken over by manifest.
    case adoption = "adopted into management"
    /// A CreateAccount request for this name is already in flight or done: wait for it, never create again.
    case resumeCreate = "create requested earlier"

    /// True for drift (shown as `! drift`).
    public var isDrift: Bool { self == .changedOutOfBand }
}

/// A resource as the plan, status and renderers name it.
public struct ResourceRef: Sendable, Hashable, Codable, Comparable {
    /// What kind of resource.
    public var kind: ResourceKind
    /// Its logical name: manifest name, OU path, policy type, service principal, `policy → target`.
    public var name: String
    /// The AWS ID when known.
    public var awsId: String?

    /// Creates a reference.
    public init(kind: ResourceKind, name: String, awsId: String? = nil) {
        self.kind = kind
        self.name = name
        self.awsId = awsId
    }

    /// `kind name` for messages.
    public var display: String { "\(kind.rawValue) \(name)" }

    public static func < (a: ResourceRef, b: ResourceRef) -> Bool {
        (a.kind.order, a.name, a.awsId ?? "") < (b.kind.order, b.name, b.awsId ?? "")
    }
}

/// The kinds of Organizations resources orgops plans for.
public enum ResourceKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The organization itself.
    case organization
    /// An enabled policy type on the root.
    case policyType = "policy-type"
    /// Trusted access of a service principal.
    case serviceAccess = "service-access"
    /// A delegated administrator registration.
    case delegatedAdministrator = "delegated-administrator"
    /// An OU.
    case organizationalUnit = "organizational-unit"
    /// An account.
    case account
    /// A policy.
    case policy
    /// A policy's attachment to a target.
    case attachment
    /// An Identity Center permission set.
    case permissionSet = "permission-set"
    /// An Identity Center account assignment (permission set → principal → account).
    case accountAssignment = "account-assignment"
    /// A CloudFormation stack set (its instances are owned through it).
    case stackSet = "stack-set"

    /// Sort rank (the order resources are listed in within a dependency level).
    public var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
