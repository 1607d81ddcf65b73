/// Every Organizations change orgops makes, each with the payload its applier needs.
///
/// A closed vocabulary (like Terraform's actions): the AWS applier switches over
/// it exhaustively, so adding a case makes every applier say how it does it.
/// References are symbolic where the ID may not exist yet and are resolved
/// through `ApplyContext` when the action runs.
public enum ActionKind: Sendable, Equatable, Codable {
    /// CreateOrganization with this feature set (`ALL`).
    case createOrganization(featureSet: String)
    /// EnablePolicyType on the root.
    case enablePolicyType(type: String)
    /// DisablePolicyType on the root.
    case disablePolicyType(type: String)
    /// EnableAWSServiceAccess.
    case enableServiceAccess(servicePrincipal: String)
    /// DisableAWSServiceAccess.
    case disableServiceAccess(servicePrincipal: String)
    /// RegisterDelegatedAdministrator.
    case registerDelegatedAdministrator(account: AccountReference, servicePrincipal: String)
    /// DeregisterDelegatedAdministrator.
    case deregisterDelegatedAdministrator(account: AccountReference, servicePrincipal: String)
    /// CreateOrganizationalUnit under `parent`, tagged (ownership tag included).
    case createOrganizationalUnit(path: String, name: String, parent: OUReference, tags: [String: String])
    /// UpdateOrganizationalUnit (a pinned OU whose name changed).
    case renameOrganizationalUnit(ou: OUReference, name: String)
    /// TagResource on an OU.
    case tagOrganizationalUnit(ou: OUReference, tags: [String: String])
    /// UntagResource on an OU.
    case untagOrganizationalUnit(ou: OUReference, keys: [String])
    /// DeleteOrganizationalUnit (planned after every move out of it).
    case deleteOrganizationalUnit(ou: OUReference)
    /// CreateAccount (asynchronous) then MoveAccount into `parent`; tags include the ownership tag.
    case createAccount(NewAccount)
    /// Takes over an existing account: tags it with the ownership tag (and the manifest's tags).
    case adoptAccount(account: AccountReference, tags: [String: String])
    /// MoveAccount.
    case moveAccount(account: AccountReference, from: OUReference, to: OUReference)
    /// TagResource on an account.
    case tagAccount(account: AccountReference, tags: [String: String])
    /// UntagResource on an account.
    case untagAccount(account: AccountReference, keys: [String])
    /// `onRemoval: release`: removes the ownership tag and leaves the account.
    case releaseAccount(account: AccountReference, ownerTagKey: String)
    /// `onRemoval: remove`: RemoveAccountFromOrganization.
    case removeAccount(account: AccountReference)
    /// `onRemoval: close`: CloseAccount.
    case closeAccount(account: AccountReference)
    /// CreatePolicy, tagged (ownership tag included).
    case createPolicy(NewPolicy)
    /// UpdatePolicy: nil fields are left as they are.
    case updatePolicy(policy: PolicyReference, name: String?, description: String?, content: String?)
    /// TagResource on a policy.
    case tagPolicy(policy: PolicyReference, tags: [String: String])
    /// UntagResource on a policy.
    case untagPolicy(policy: PolicyReference, keys: [String])
    /// DeletePolicy (planned after every detach).
    case deletePolicy(policy: PolicyReference)
    /// AttachPolicy.
    case attachPolicy(policy: PolicyReference, target: TargetReference)
    /// DetachPolicy.
    case detachPolicy(policy: PolicyReference, target: TargetReference)
    /// An Identity Center change (permission sets, assignments, ABAC); see `IdentityCenterAction`.
    case identityCenter(IdentityCenterAction)
    /// A StackSets change (its own vocabulary, owned by `OrgModel/StackSets`).
    case stackSet(StackSetAction)

    /// Names the unlabelled payloads in JSON (`"account"` rather than Swift's `"_0"`).
    enum CreateAccountCodingKeys: String, CodingKey {
        case _0 = "account"
    }

    /// Names the unlabelled payloads in JSON (`"policy"` rather than Swift's `"_0"`).
    enum CreatePolicyCodingKeys: String, CodingKey {
        case _0 = "policy"
    }

    /// Names the unlabelled payload in JSON (`"action"` rather than Swift's `"_0"`).
    enum IdentityCenterCodingKeys: String, CodingKey {
        case _0 = "action"
    }

    /// Names the unlabelled payload in JSON (`"action"` rather than Swift's `"_0"`).
    enum StackSetCodingKeys: String, CodingKey {
        case _0 = "action"
    }

    /// How the summary counts it.
    public var effect: ActionEffect {
        switch self {
        case .createOrganization, .enablePolicyType, .enableServiceAccess, .registerDelegatedAdministrator,
             .createOrganizationalUnit, .createAccount, .createPolicy, .attachPolicy:
            .create
        case .disablePolicyType, .disableServiceAccess, .deregisterDelegatedAdministrator, .deleteOrganizationalUnit,
             .removeAccount, .closeAccount, .deletePolicy, .detachPolicy:
            .delete
        case .renameOrganizationalUnit, .tagOrganizationalUnit, .untagOrganizationalUnit, .adoptAccount,
             .moveAccount, .tagAccount, .untagAccount, .releaseAccount, .updatePolicy, .tagPolicy, .untagPolicy:
            .update
        case .identityCenter(let action): action.effect
        case .stackSet(let action): action.effect
        }
    }

    /// The verb renderers print (`create`, `rename`, `attach`).
    public var verb: String {
        switch self {
        case .createOrganization, .createOrganizationalUnit, .createAccount, .createPolicy: "create"
        case .enablePolicyType, .enableServiceAccess: "enable"
        case .disablePolicyType, .disableServiceAccess: "disable"
        case .registerDelegatedAdministrator: "register"
        case .deregisterDelegatedAdministrator: "deregister"
        case .renameOrganizationalUnit: "rename"
        case .tagOrganizationalUnit, .tagAccount, .tagPolicy: "tag"
        case .untagOrganizationalUnit, .untagAccount, .untagPolicy: "untag"
        case .deleteOrganizationalUnit, .deletePolicy: "delete"
        case .adoptAccount: "adopt"
        case .moveAccount: "move"
        case .releaseAccount: "release"
        case .removeAccount: "remove"
        case .closeAccount: "close"
        case .updatePolicy: "update"
        case .attachPolicy: "attach"
        case .detachPolicy: "detach"
        case .identityCenter(let action): action.verb
        case .stackSet(let action): action.verb
        }
    }
}

/// What CreateAccount needs.
public struct NewAccount: Sendable, Equatable, Codable {
    /// The Account manifest's name (the key the new ID is recorded under).
    public var name: String
    /// The AWS account name.
    public var accountName: String
    /// Root email.
    public var email: String
    /// Where to move it once created.
    public var parent: OUReference
    /// Tags, ownership tag included.
    public var tags: [String: String]
    /// Role for the new account (nil = AWS default).
    public var roleName: String?
    /// `ALLOW`/`DENY` (nil = AWS default).
    public var iamUserAccessToBilling: String?
    /// An existing CreateAccount request (`car-…`) to wait for instead of creating again.
    public var existingRequestId: String?

    /// Creates a payload.
    public init(name: String, accountName: String, email: String, parent: OUReference, tags: [String: String],
                roleName: String? = nil, iamUserAccessToBilling: String? = nil, existingRequestId: String? = nil) {
        self.name = name
        self.accountName = accountName
        self.email = email
        self.parent = parent
        self.tags = tags
        self.roleName = roleName
        self.iamUserAccessToBilling = iamUserAccessToBilling
        self.existingRequestId = existingRequestId
    }
}

/// What CreatePolicy needs.
public struct NewPolicy: Sendable, Equatable, Codable {
    /// The Policy manifest's name (the key the new ID is recorded under).
    public var name: String
    /// The AWS policy name.
    public var policyName: String
    /// The policy type.
    public var type: String
    /// Description.
    public var description: String
    /// Canonical JSON document.
    public var content: String
    /// Tags, ownership tag included.
    public var tags: [String: String]

    /// Creates a payload.
    public init(name: String, policyName: String, type: String, description: String, content: String,
                tags: [String: String]) {
        self.name = name
        self.policyName = policyName
        self.type = type
        self.description = description
        self.content = content
        self.tags = tags
    }
}
