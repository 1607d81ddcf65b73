import OperatorSupport

/// One organization's desired state: its settings, OU tree and everything placed into it.
public struct DesiredOrganization: Sendable, Equatable {
    /// `metadata.name`.
    public var name: String
    /// The Organization manifest.
    public var source: SourceLocation
    /// The management account's 12-digit ID.
    public var managementAccountId: String
    /// The role to assume, when not the operator's own identity.
    public var access: OrganizationAccess?
    /// Home region.
    public var region: String
    /// `ALL` or `CONSOLIDATED_BILLING`.
    public var featureSet: String
    /// Enabled policy types, sorted.
    public var policyTypes: [String]
    /// Trusted service principals, sorted.
    public var trustedServices: [String]
    /// Delegated administrators, sorted by service principal then account.
    public var delegatedAdministrators: [DelegatedAdministrator]
    /// Top-level OUs (children nested), sorted by name.
    public var organizationalUnits: [OrganizationalUnit]
    /// Identity Center settings, when given.
    public var identityCenter: IdentityCenterSettings?
    /// Prune and suspend switches.
    public var reconcile: ReconcileSettings
    /// Accounts, sorted by name.
    public var accounts: [DesiredAccount]
    /// Policies, sorted by name.
    public var policies: [DesiredPolicy]
    /// Stack sets, sorted by name.
    public var stackSets: [DesiredStackSet]
    /// Permission sets, sorted by name.
    public var permissionSets: [DesiredPermissionSet]
    /// Account assignments, sorted by name.
    public var assignments: [DesiredAssignment]

    /// Every OU of the tree, depth-first, sorted by path.
    public var allOrganizationalUnits: [OrganizationalUnit] {
        var out: [OrganizationalUnit] = []
        func visit(_ units: [OrganizationalUnit]) {
            for unit in units {
                out.append(unit)
                visit(unit.children)
            }
        }
        visit(organizationalUnits)
        return out.sorted { $0.path < $1.path }
    }

    /// Creates a value; the loader builds these from manifests, tests and fakes build them directly.
    public init(
        name: String,
        source: SourceLocation,
        managementAccountId: String,
        access: OrganizationAccess?,
        region: String,
        featureSet: String,
        policyTypes: [String],
        trustedServices: [String],
        delegatedAdministrators: [DelegatedAdministrator],
        organizationalUnits: [OrganizationalUnit],
        identityCenter: IdentityCenterSettings?,
        reconcile: ReconcileSettings,
        accounts: [DesiredAccount],
        policies: [DesiredPolicy],
        stackSets: [DesiredStackSet],
        permissionSets: [DesiredPermissionSet],
        assignments: [DesiredAssignment]
    ) {
        self.name = name
        self.source = source
        self.managementAccountId = managementAccountId
        self.access = access
        self.region = region
        self.featureSet = featureSet
        self.policyTypes = policyTypes
        self.trustedServices = trustedServices
        self.delegatedAdministrators = delegatedAdministrators
        self.organizationalUnits = organizationalUnits
        self.identityCenter = identityCenter
        self.reconcile = reconcile
        self.accounts = accounts
        self.policies = policies
        self.stackSets = stackSets
        self.permissionSets = permissionSets
        self.assignments = assignments
    }
}

/// How the operator gets into the management account.
public struct OrganizationAccess: Sendable, Hashable {
    /// Role to assume.
    public var roleArn: String
    /// External ID the trust policy requires (an identifier, not a secret).
    public var externalId: String?

    /// Creates a value; the loader builds these from manifests, tests and fakes build them directly.
    public init(roleArn: String, externalId: String?) {
        self.roleArn = roleArn
        self.externalId = externalId
    }
}

/// A delegated administrator registration.
public struct DelegatedAdministrator: Sendable, Hashable {
    /// The member account.
    public var account: AccountRef
    /// The service principal.
    public var servicePrincipal: String
    /// Where it is declared.
    public var source: SourceLocation

    /// Creates a value; the loader builds these from manifests, tests and fakes build them directly.
    public init(account: AccountRef, servicePrincipal: String, source: SourceLocation) {
        self.account = account
        self.servicePrincipal = servicePrincipal
        self.source = source
    }
}

/// An OU of the desired tree.
public struct OrganizationalUnit: Sendable, Equatable {
    /// Its name.
    public var name: String
    /// Its path from the root (`/Workloads/Prod`).
    public var path: String
    /// The pinned ID, if any.
    public var id: String?
    /// Tags.
    public var tags: [String: String]
    /// When true, nothing beneath is changed or pruned.
    public var ignore: Bool
    /// Child OUs, sorted by name.
    public var children: [OrganizationalUnit]
    /// Where it is declared.
    public var source: SourceLocation

    /// Creates a value; the loader builds these from manifests, tests and fakes build them directly.
    public init(
        name: String,
        path: String,
        id: String?,
        tags: [String: String],
        ignore: Bool,
        children: [OrganizationalUnit],
        source: SourceLocation
    ) {
        self.name = name
        self.path = path
        self.id = id
        self.tags = tags
        self.ignore = ignore
        self.children = children
        self.source = source
    }
}

/// Identity Center settings.
public struct IdentityCenterSettings: Sendable, Hashable {
    /// The instance ARN, or nil to discover it.
    public var instanceArn: String?
    /// The identity store ID, or nil to discover it.
    public var identityStoreId: String?
    /// The delegated administrator account, when Identity Center is managed from a member account.
    public var delegatedAdministrator: AccountRef?
    /// ABAC attributes (key → source), sorted by key when iterated.
    public var accessControlAttributes: [String: String]

    /// Creates a value; the loader builds these from manifests, tests and fakes build them directly.
    public init(
        instanceArn: String?,
        identityStoreId: String?,
        delegatedAdministrator: AccountRef?,
        accessControlAttributes: [String: String]
    ) {
        self.instanceArn = instanceArn
        self.identityStoreId = identityStoreId
        self.delegatedAdministrator = delegatedAdministrator
        self.accessControlAttributes = accessControlAttributes
    }
}

/// Reconcile switches of an organization.
public struct ReconcileSettings: Sendable, Hashable {
    /// Delete managed resources whose manifest was removed.
    public var prune: Bool
    /// Observe only.
    public var suspend: Bool

    /// Creates a value; the loader builds these from manifests, tests and fakes build them directly.
    public init(prune: Bool, suspend: Bool) {
        self.prune = prune
        self.suspend = suspend
    }
}
