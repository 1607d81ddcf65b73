/// What an organization's IAM Identity Center instance looks like right now, as `IdentityCenterReader` read it.
///
/// Like `LiveOrganization`, a plain sorted value the differ compares with the
/// manifests and tests build by hand. Only what orgops may act on is read in
/// depth: every permission set's name and tags (to tell managed from not),
/// the full content of the managed ones and of same-named candidates for
/// adoption, and the assignments of the managed ones. Principals are resolved
/// for the names the manifests use, so the differ never does I/O.
public struct LiveIdentityCenter: Sendable, Equatable, Codable {
    /// The instance (`arn:aws:sso:::instance/ssoins-…`).
    public var instanceArn: String
    /// The identity store behind it (`d-…`).
    public var identityStoreId: String
    /// Every permission set of the instance, sorted by name.
    public var permissionSets: [LivePermissionSet]
    /// Assignments of the permission sets read in depth (`detailsRead`), sorted.
    public var assignments: [LiveAssignment]
    /// ABAC attributes (key → source); nil when the instance has no configuration at all.
    public var accessControlAttributes: [String: String]?
    /// Group display name → group ID, for the groups the manifests name that exist.
    public var groups: [String: String]
    /// User name → user ID, for the users the manifests name that exist.
    public var users: [String: String]
    /// How live assignments were read (for `--stats` and tests).
    public var assignmentReadStrategy: AssignmentReadStrategy
    /// Why an owned-only read found nothing it could read (the role may not call Identity Center);
    /// the plan shows it as a note, since owned permission sets there cannot be pruned.
    public var unreadable: String?

    /// Creates a snapshot.
    public init(instanceArn: String, identityStoreId: String, permissionSets: [LivePermissionSet] = [],
                assignments: [LiveAssignment] = [], accessControlAttributes: [String: String]? = nil,
                groups: [String: String] = [:], users: [String: String] = [:],
                assignmentReadStrategy: AssignmentReadStrategy = .perPermissionSet) {
        self.instanceArn = instanceArn
        self.identityStoreId = identityStoreId
        self.permissionSets = permissionSets.sorted { $0.name < $1.name }
        self.assignments = assignments.sorted()
        self.accessControlAttributes = accessControlAttributes
        self.groups = groups
        self.users = users
        self.assignmentReadStrategy = assignmentReadStrategy
    }

    /// The permission set with this AWS name.
    public func permissionSet(named name: String) -> LivePermissionSet? { permissionSets.first { $0.name == name } }

    /// The ID of a principal the manifests name, nil when the identity store has no such group or user.
    public func principalId(_ principal: Principal) -> String? {
        switch principal {
        case .group(let name): groups[name]
        case .user(let name): users[name]
        }
    }
}

/// How live assignments were read: the cheaper of the two ways for the estate (see `AssignmentReadCost`).
public enum AssignmentReadStrategy: String, Sendable, Equatable, Codable {
    /// ListAccountsForProvisionedPermissionSet, then ListAccountAssignments per provisioned account.
    case perPermissionSet = "per-permission-set"
    /// ListAccountAssignmentsForPrincipal for every group and user of the identity store.
    case perPrincipal = "per-principal"
}

/// One account assignment as AWS has it.
public struct LiveAssignment: Sendable, Hashable, Codable, Comparable {
    /// The permission set.
    public var permissionSetArn: String
    /// The account (`TargetId`).
    public var accountId: String
    /// `GROUP` or `USER`.
    public var principalType: String
    /// The identity store's ID of the group or user.
    public var principalId: String

    /// Creates an assignment.
    public init(permissionSetArn: String, accountId: String, principalType: String, principalId: String) {
        self.permissionSetArn = permissionSetArn
        self.accountId = accountId
        self.principalType = principalType
        self.principalId = principalId
    }

    public static func < (a: LiveAssignment, b: LiveAssignment) -> Bool {
        (a.permissionSetArn, a.accountId, a.principalType, a.principalId)
            < (b.permissionSetArn, b.accountId, b.principalType, b.principalId)
    }
}
