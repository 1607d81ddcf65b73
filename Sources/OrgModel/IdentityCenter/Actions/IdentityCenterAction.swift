/// Every Identity Center change orgops makes, each with the payload its applier needs.
///
/// Carried in the plan as `ActionKind.identityCenter(_:)`, so Identity Center
/// actions share the Organizations plan's ordering, rendering, plan file and
/// executor. A permission set is named symbolically (`PermissionSetReference`)
/// because one created earlier in the same apply has no ARN at plan time;
/// accounts are `AccountReference`s resolved through the `ApplyContext`, so an
/// assignment to an account created in the same pass finds its new ID.
public enum IdentityCenterAction: Sendable, Equatable, Codable {
    /// CreatePermissionSet, then TagResource with the tags (ownership tag included).
    case createPermissionSet(NewPermissionSet)
    /// UpdatePermissionSet: nil fields are left as they are.
    case updatePermissionSet(permissionSet: PermissionSetReference, description: String?, sessionDuration: String?,
                             relayState: String?)
    /// Takes over an untagged permission set of the same name (`adopt: true`): tags it.
    case adoptPermissionSet(permissionSet: PermissionSetReference, tags: [String: String])
    /// TagResource on a permission set.
    case tagPermissionSet(permissionSet: PermissionSetReference, tags: [String: String])
    /// UntagResource on a permission set.
    case untagPermissionSet(permissionSet: PermissionSetReference, keys: [String])
    /// DeletePermissionSet (planned after every deletion of its assignments).
    case deletePermissionSet(permissionSet: PermissionSetReference)
    /// AttachManagedPolicyToPermissionSet.
    case attachManagedPolicy(permissionSet: PermissionSetReference, arn: String)
    /// DetachManagedPolicyFromPermissionSet.
    case detachManagedPolicy(permissionSet: PermissionSetReference, arn: String)
    /// AttachCustomerManagedPolicyReferenceToPermissionSet.
    case attachCustomerManagedPolicy(permissionSet: PermissionSetReference, policy: LiveCustomerManagedPolicy)
    /// DetachCustomerManagedPolicyReferenceFromPermissionSet.
    case detachCustomerManagedPolicy(permissionSet: PermissionSetReference, policy: LiveCustomerManagedPolicy)
    /// PutInlinePolicyToPermissionSet with canonical JSON.
    case putInlinePolicy(permissionSet: PermissionSetReference, document: String)
    /// DeleteInlinePolicyFromPermissionSet.
    case deleteInlinePolicy(permissionSet: PermissionSetReference)
    /// PutPermissionsBoundaryToPermissionSet.
    case putPermissionsBoundary(permissionSet: PermissionSetReference, boundary: LivePermissionsBoundary)
    /// DeletePermissionsBoundaryFromPermissionSet.
    case deletePermissionsBoundary(permissionSet: PermissionSetReference)
    /// ProvisionPermissionSet to `ALL_PROVISIONED_ACCOUNTS` (exactly the accounts it is provisioned to), waited for.
    case provisionPermissionSet(permissionSet: PermissionSetReference, accountIds: [String])
    /// CreateAccountAssignment, waited for.
    case createAssignment(AssignmentTarget)
    /// DeleteAccountAssignment, waited for.
    case deleteAssignment(AssignmentTarget)
    /// Create or UpdateInstanceAccessControlAttributeConfiguration (key → source).
    case putAccessControlAttributes(attributes: [String: String], exists: Bool)

    /// Names the unlabelled payloads in plan JSON (`"permissionSet"`, `"assignment"` rather than Swift's `"_0"`).
    enum CreatePermissionSetCodingKeys: String, CodingKey {
        case _0 = "permissionSet"
    }

    /// See `CreatePermissionSetCodingKeys`.
    enum CreateAssignmentCodingKeys: String, CodingKey {
        case _0 = "assignment"
    }

    /// See `CreatePermissionSetCodingKeys`.
    enum DeleteAssignmentCodingKeys: String, CodingKey {
        case _0 = "assignment"
    }

    /// How the summary counts it.
    public var effect: ActionEffect {
        switch self {
        case .createPermissionSet, .createAssignment, .attachManagedPolicy, .attachCustomerManagedPolicy: .create
        case .deletePermissionSet, .deleteAssignment, .detachManagedPolicy, .detachCustomerManagedPolicy: .delete
        case .updatePermissionSet, .adoptPermissionSet, .tagPermissionSet, .untagPermissionSet, .putInlinePolicy,
             .deleteInlinePolicy, .putPermissionsBoundary, .deletePermissionsBoundary, .provisionPermissionSet,
             .putAccessControlAttributes:
            .update
        }
    }

    /// The verb renderers print.
    public var verb: String {
        switch self {
        case .createPermissionSet, .createAssignment: "create"
        case .updatePermissionSet: "update"
        case .adoptPermissionSet: "adopt"
        case .tagPermissionSet: "tag"
        case .untagPermissionSet: "untag"
        case .deletePermissionSet, .deleteAssignment: "delete"
        case .attachManagedPolicy, .attachCustomerManagedPolicy: "attach"
        case .detachManagedPolicy, .detachCustomerManagedPolicy: "detach"
        case .putInlinePolicy, .putPermissionsBoundary, .putAccessControlAttributes: "put"
        case .deleteInlinePolicy, .deletePermissionsBoundary: "remove"
        case .provisionPermissionSet: "provision"
        }
    }

    /// True when it deletes a resource (counted against `--max-deletions`): a permission set or an assignment.
    public var deletesResource: Bool {
        switch self {
        case .deletePermissionSet, .deleteAssignment: true
        default: false
        }
    }

    /// Rank among ready actions (after every Organizations create and move, before Organizations deletions).
    public var rank: Int {
        switch self {
        case .putAccessControlAttributes: 30
        case .createPermissionSet, .adoptPermissionSet: 31
        case .updatePermissionSet, .tagPermissionSet, .untagPermissionSet: 32
        case .attachManagedPolicy, .attachCustomerManagedPolicy, .putInlinePolicy, .putPermissionsBoundary: 33
        case .detachManagedPolicy, .detachCustomerManagedPolicy, .deleteInlinePolicy, .deletePermissionsBoundary: 34
        case .provisionPermissionSet: 35
        case .createAssignment: 36
        case .deleteAssignment: 37
        case .deletePermissionSet: 38
        }
    }
}
