/// The port through which a pass reads an organization's Identity Center instance.
///
/// Implemented over AWS in `AWSServices` (`IdentityCenterLiveReader`) and by the
/// in-memory fake in `TestSupport`. The request says what the differ will
/// need, so the reader reads exactly that and nothing per (account × permission set).
public protocol IdentityCenterReader: Sendable {
    /// Reads the instance of `organization` (discovered, or `identityCenter.instanceArn`).
    func readIdentityCenter(_ organization: DesiredOrganization,
                            request: IdentityCenterReadRequest) async throws -> LiveIdentityCenter
}

/// What an Identity Center read must cover, derived from the manifests and the live organization.
public struct IdentityCenterReadRequest: Sendable, Equatable {
    /// The ownership tag key; permission sets carrying it with the organization's name are read in depth.
    public var ownerTagKey: String
    /// AWS names of the declared permission sets (read in depth when untagged too: adoption candidates).
    public var permissionSetNames: Set<String>
    /// Group display names the assignments name.
    public var groups: Set<String>
    /// User names the assignments name.
    public var users: Set<String>
    /// The delegated administrator's account ID, when Identity Center is managed from a member account.
    public var delegatedAdministratorAccountId: String?
    /// Only the permission sets the organization owns are wanted: it declares nothing of Identity Center,
    /// and the read exists so that removing its last manifests still prunes (or reports) what it owns.
    ///
    /// The reader may then skip what the differ would only use for declared things: the description of
    /// unowned sets, the ABAC configuration, principals. An instance that does not exist is an empty one.
    public var ownedOnly: Bool

    /// Creates a request.
    public init(ownerTagKey: String, permissionSetNames: Set<String>, groups: Set<String>, users: Set<String>,
                delegatedAdministratorAccountId: String? = nil, ownedOnly: Bool = false) {
        self.ownerTagKey = ownerTagKey
        self.permissionSetNames = permissionSetNames
        self.groups = groups
        self.users = users
        self.delegatedAdministratorAccountId = delegatedAdministratorAccountId
        self.ownedOnly = ownedOnly
    }

    /// The request for `organization`'s manifests over its live snapshot.
    public init(organization: DesiredOrganization, live: LiveOrganization, ownerTagKey: String = PlanOptions.defaultOwnerTagKey) {
        var groups = Set<String>()
        var users = Set<String>()
        for assignment in organization.assignments {
            switch assignment.principal {
            case .group(let name): groups.insert(name)
            case .user(let name): users.insert(name)
            }
        }
        self.init(ownerTagKey: ownerTagKey, permissionSetNames: Set(organization.permissionSets.map(\.permissionSetName)),
                  groups: groups, users: users,
                  delegatedAdministratorAccountId: organization.identityCenter?.delegatedAdministrator.flatMap {
                      ProjectedOrganization(desired: organization, live: live).account($0)?.id
                  })
    }
}
