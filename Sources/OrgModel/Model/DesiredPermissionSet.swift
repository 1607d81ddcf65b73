import OperatorSupport

/// A permission set.
public struct DesiredPermissionSet: Sendable, Hashable {
    /// `metadata.name`.
    public var name: String
    /// AWS name (defaults to `name`).
    public var permissionSetName: String
    /// Description.
    public var description: String?
    /// Session duration (default `PT1H`).
    public var sessionDuration: String
    /// Relay state.
    public var relayState: String?
    /// AWS managed policy ARNs, sorted.
    public var managedPolicies: [String]
    /// Customer-managed policies, sorted by path and name.
    public var customerManagedPolicies: [CustomerManagedPolicyRef]
    /// Inline policy, canonical.
    public var inlinePolicy: PolicyDocument?
    /// Permissions boundary.
    public var permissionsBoundary: PermissionsBoundary?
    /// Tags.
    public var tags: [String: String]
    /// Adopt an existing untagged permission set.
    public var adopt: Bool
    /// The manifest.
    public var source: SourceLocation

    /// Creates a value; the loader builds these from manifests, tests and fakes build them directly.
    public init(
        name: String,
        permissionSetName: String,
        description: String?,
        sessionDuration: String,
        relayState: String?,
        managedPolicies: [String],
        customerManagedPolicies: [CustomerManagedPolicyRef],
        inlinePolicy: PolicyDocument?,
        permissionsBoundary: PermissionsBoundary?,
        tags: [String: String],
        adopt: Bool,
        source: SourceLocation
    ) {
        self.name = name
        self.permissionSetName = permissionSetName
        self.description = description
        self.sessionDuration = sessionDuration
        self.relayState = relayState
        self.managedPolicies = managedPolicies
        self.customerManagedPolicies = customerManagedPolicies
        self.inlinePolicy = inlinePolicy
        self.permissionsBoundary = permissionsBoundary
        self.tags = tags
        self.adopt = adopt
        self.source = source
    }
}

/// A customer-managed policy reference.
public struct CustomerManagedPolicyRef: Sendable, Hashable, Comparable {
    /// Name.
    public var name: String
    /// Path (default `/`).
    public var path: String

    public static func < (a: Self, b: Self) -> Bool { (a.path, a.name) < (b.path, b.name) }

    /// Creates a value; the loader builds these from manifests, tests and fakes build them directly.
    public init(name: String, path: String) {
        self.name = name
        self.path = path
    }
}

/// A permissions boundary.
public enum PermissionsBoundary: Sendable, Hashable {
    /// An AWS managed policy ARN.
    case managedPolicy(arn: String)
    /// A customer-managed policy.
    case customerManaged(CustomerManagedPolicyRef)
}
