extension ActionKind {
    /// True when the action deletes a resource (counted against `--max-deletions`): delete, remove, close,
    /// disable and deregister. A detach is not counted; the policy stays.
    public var deletesResource: Bool {
        switch self {
        case .disablePolicyType, .disableServiceAccess, .deregisterDelegatedAdministrator, .deleteOrganizationalUnit,
             .removeAccount, .closeAccount, .deletePolicy:
            true
        case .identityCenter(let action):
            action.deletesResource
        case .stackSet(let action):
            action.deletesResource
        default:
            false
        }
    }

    /// Rank among actions whose dependencies are met: the order AWS needs when no explicit dependency says it
    /// (policy types before policies, OUs before accounts, attach before detach, deletes last).
    public var rank: Int {
        switch self {
        case .createOrganization: 0
        case .enablePolicyType: 1
        case .enableServiceAccess: 2
        case .createOrganizationalUnit: 3
        case .renameOrganizationalUnit: 4
        case .tagOrganizationalUnit, .untagOrganizationalUnit: 5
        case .createAccount: 6
        case .adoptAccount: 7
        case .moveAccount: 8
        case .tagAccount, .untagAccount: 9
        case .registerDelegatedAdministrator: 10
        case .createPolicy: 11
        case .updatePolicy: 12
        case .tagPolicy, .untagPolicy: 13
        case .attachPolicy: 14
        case .detachPolicy: 15
        case .deletePolicy: 16
        case .releaseAccount, .removeAccount, .closeAccount: 17
        case .deregisterDelegatedAdministrator: 18
        case .deleteOrganizationalUnit: 19
        case .disableServiceAccess: 20
        case .disablePolicyType: 21
        case .identityCenter(let action): action.rank
        case .stackSet(let action): action.rank
        }
    }
}
