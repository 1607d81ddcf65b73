/// A permission set as AWS has it.
///
/// Content fields (policies, inline policy, boundary, provisioned accounts)
/// are read only for permission sets orgops manages or may adopt; for the
/// others `detailsRead` is false and those fields are empty, meaning "not read".
public struct LivePermissionSet: Sendable, Hashable, Codable {
    /// `arn:aws:sso:::permissionSet/ssoins-…/ps-…`.
    public var arn: String
    /// The AWS name.
    public var name: String
    /// Description, nil when none.
    public var description: String?
    /// ISO-8601 session duration, nil when AWS reports none (its default is `PT1H`).
    public var sessionDuration: String?
    /// Relay state, nil when none.
    public var relayState: String?
    /// Tags (always read: ownership is decided by them).
    public var tags: [String: String]
    /// Whether the content fields below were read.
    public var detailsRead: Bool
    /// AWS-managed policy ARNs, sorted.
    public var managedPolicies: [String]
    /// Customer-managed policy references, sorted by path then name.
    public var customerManagedPolicies: [LiveCustomerManagedPolicy]
    /// The inline policy as canonical JSON, nil when none.
    public var inlinePolicy: String?
    /// The permissions boundary, nil when none.
    public var permissionsBoundary: LivePermissionsBoundary?
    /// Accounts it is provisioned to, sorted.
    public var provisionedAccountIds: [String]

    /// Creates a permission set.
    public init(arn: String, name: String, description: String? = nil, sessionDuration: String? = nil,
                relayState: String? = nil, tags: [String: String] = [:], detailsRead: Bool = true,
                managedPolicies: [String] = [], customerManagedPolicies: [LiveCustomerManagedPolicy] = [],
                inlinePolicy: String? = nil, permissionsBoundary: LivePermissionsBoundary? = nil,
                provisionedAccountIds: [String] = []) {
        self.arn = arn
        self.name = name
        self.description = description
        self.sessionDuration = sessionDuration
        self.relayState = relayState
        self.tags = tags
        self.detailsRead = detailsRead
        self.managedPolicies = managedPolicies.sorted()
        self.customerManagedPolicies = customerManagedPolicies.sorted()
        self.inlinePolicy = inlinePolicy
        self.permissionsBoundary = permissionsBoundary
        self.provisionedAccountIds = provisionedAccountIds.sorted()
    }
}

/// A customer-managed policy reference as AWS reports it.
public struct LiveCustomerManagedPolicy: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The IAM policy name.
    public var name: String
    /// The IAM path (`/` by default).
    public var path: String

    /// Creates a reference.
    public init(name: String, path: String = "/") {
        self.name = name
        self.path = path
    }

    /// The reference in the desired model's shape.
    public init(_ desired: CustomerManagedPolicyRef) {
        self.init(name: desired.name, path: desired.path)
    }

    /// `path` + `name`, as IAM writes it.
    public var description: String { path + name }

    public static func < (a: Self, b: Self) -> Bool { (a.path, a.name) < (b.path, b.name) }
}

/// A permissions boundary as AWS reports it.
public enum LivePermissionsBoundary: Sendable, Hashable, Codable, CustomStringConvertible {
    /// An AWS-managed policy ARN.
    case managedPolicy(arn: String)
    /// A customer-managed policy by name and path.
    case customerManaged(LiveCustomerManagedPolicy)

    /// Names the unlabelled payload in JSON (`"policy"` rather than Swift's `"_0"`).
    enum CustomerManagedCodingKeys: String, CodingKey {
        case _0 = "policy"
    }

    /// The boundary in the live model's shape.
    public init(_ desired: PermissionsBoundary) {
        switch desired {
        case .managedPolicy(let arn): self = .managedPolicy(arn: arn)
        case .customerManaged(let reference): self = .customerManaged(LiveCustomerManagedPolicy(reference))
        }
    }

    /// The ARN or `path/name`, for plan output.
    public var description: String {
        switch self {
        case .managedPolicy(let arn): arn
        case .customerManaged(let reference): reference.description
        }
    }
}
