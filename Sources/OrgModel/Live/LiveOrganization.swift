import Foundation

/// What one AWS Organization looks like right now, as read through `LiveStateReader`.
///
/// A plain, sorted, `Codable` value: the differ compares it with a
/// `DesiredOrganization`, a saved plan records a fingerprint of it (so `apply`
/// can refuse a plan whose live state moved on), and tests build it by hand.
/// Reads that cost one call per resource (tags) may be skipped on a cheap pass;
/// such fields are nil, meaning "not read", never "empty".
public struct LiveOrganization: Sendable, Equatable, Codable {
    /// The organization's ID (`o-…`); nil when the management account is in no organization yet.
    public var organizationId: String?
    /// The management account's ID as AWS reports it.
    public var managementAccountId: String?
    /// `ALL` or `CONSOLIDATED_BILLING`.
    public var featureSet: String?
    /// The root's ID (`r-…`).
    public var rootId: String?
    /// Policy types enabled on the root, sorted.
    public var enabledPolicyTypes: [String]
    /// Service principals with trusted access, sorted.
    public var trustedServices: [String]
    /// Delegated administrators, sorted by service principal then account.
    public var delegatedAdministrators: [LiveDelegatedAdministrator]
    /// Every OU, sorted by path.
    public var organizationalUnits: [LiveOrganizationalUnit]
    /// Every account (any status), sorted by ID.
    public var accounts: [LiveAccount]
    /// Every policy of every enabled type, sorted by type then name.
    public var policies: [LivePolicy]
    /// CreateAccount requests AWS still remembers (in progress or recent), sorted by request ID:
    /// how an apply interrupted mid-way finds the accounts it already asked for.
    public var createAccountRequests: [LiveCreateAccountRequest]
    /// Whether tags of OUs, accounts and policies were read in this snapshot.
    public var tagsRead: Bool

    /// Creates a snapshot.
    public init(organizationId: String? = nil, managementAccountId: String? = nil, featureSet: String? = nil,
                rootId: String? = nil, enabledPolicyTypes: [String] = [], trustedServices: [String] = [],
                delegatedAdministrators: [LiveDelegatedAdministrator] = [],
                organizationalUnits: [LiveOrganizationalUnit] = [], accounts: [LiveAccount] = [],
                policies: [LivePolicy] = [], createAccountRequests: [LiveCreateAccountRequest] = [],
                tagsRead: Bool = false) {
        self.organizationId = organizationId
        self.managementAccountId = managementAccountId
        self.featureSet = featureSet
        self.rootId = rootId
        self.enabledPolicyTypes = enabledPolicyTypes
        self.trustedServices = trustedServices
        self.delegatedAdministrators = delegatedAdministrators
        self.organizationalUnits = organizationalUnits
        self.accounts = accounts
        self.policies = policies
        self.createAccountRequests = createAccountRequests
        self.tagsRead = tagsRead
    }

    /// True when the management account has no organization yet.
    public var exists: Bool { organizationId != nil }
}

/// A registered delegated administrator.
public struct LiveDelegatedAdministrator: Sendable, Hashable, Codable {
    /// The member account's ID.
    public var accountId: String
    /// The service principal it administers.
    public var servicePrincipal: String

    /// Creates a registration.
    public init(accountId: String, servicePrincipal: String) {
        self.accountId = accountId
        self.servicePrincipal = servicePrincipal
    }
}

/// An OU as AWS has it.
public struct LiveOrganizationalUnit: Sendable, Hashable, Codable {
    /// `ou-…`.
    public var id: String
    /// Its name.
    public var name: String
    /// The parent's ID (root or OU).
    public var parentId: String
    /// Its path from the root, computed from the tree (`/Workloads/Prod`).
    public var path: String
    /// Tags; nil when not read in this snapshot.
    public var tags: [String: String]?

    /// Creates an OU.
    public init(id: String, name: String, parentId: String, path: String, tags: [String: String]?) {
        self.id = id
        self.name = name
        self.parentId = parentId
        self.path = path
        self.tags = tags
    }
}

/// A member (or the management) account as AWS has it.
public struct LiveAccount: Sendable, Hashable, Codable {
    /// The 12-digit ID.
    public var id: String
    /// The account name.
    public var name: String
    /// The root email.
    public var email: String
    /// `ACTIVE`, `SUSPENDED`, `PENDING_CLOSURE` (AWS's `Status`/`State`).
    public var status: String
    /// The parent's ID (root or OU).
    public var parentId: String
    /// Tags; nil when not read in this snapshot.
    public var tags: [String: String]?

    /// Creates an account.
    public init(id: String, name: String, email: String, status: String, parentId: String, tags: [String: String]?) {
        self.id = id
        self.name = name
        self.email = email
        self.status = status
        self.parentId = parentId
        self.tags = tags
    }
}

/// An Organizations policy with what it is attached to.
public struct LivePolicy: Sendable, Hashable, Codable {
    /// `p-…` (AWS-managed policies have IDs like `p-FullAWSAccess`).
    public var id: String
    /// The policy name.
    public var name: String
    /// The policy type.
    public var type: String
    /// The description.
    public var description: String
    /// True for policies AWS manages (FullAWSAccess and the like).
    public var awsManaged: Bool
    /// The document as canonical JSON (keys sorted, no insignificant whitespace); nil when not read.
    public var canonicalContent: String?
    /// Tags; nil when not read in this snapshot (AWS-managed policies have none).
    public var tags: [String: String]?
    /// IDs of the root, OUs and accounts it is attached to, sorted.
    public var targetIds: [String]

    /// Creates a policy.
    public init(id: String, name: String, type: String, description: String, awsManaged: Bool,
                canonicalContent: String?, tags: [String: String]?, targetIds: [String]) {
        self.id = id
        self.name = name
        self.type = type
        self.description = description
        self.awsManaged = awsManaged
        self.canonicalContent = canonicalContent
        self.tags = tags
        self.targetIds = targetIds
    }
}

/// A CreateAccount request AWS reports through ListCreateAccountStatus.
public struct LiveCreateAccountRequest: Sendable, Hashable, Codable {
    /// `car-…`.
    public var id: String
    /// The requested account name.
    public var accountName: String
    /// `IN_PROGRESS`, `SUCCEEDED` or `FAILED`.
    public var state: String
    /// The new account's ID once known.
    public var accountId: String?
    /// AWS's reason when it failed.
    public var failureReason: String?

    /// Creates a request record.
    public init(id: String, accountName: String, state: String, accountId: String?, failureReason: String?) {
        self.id = id
        self.accountName = accountName
        self.state = state
        self.accountId = accountId
        self.failureReason = failureReason
    }
}
