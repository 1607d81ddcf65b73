import OperatorSupport

/// An account.
public struct DesiredAccount: Sendable, Hashable {
    /// `metadata.name`.
    public var name: String
    /// The existing account's ID, or nil to create it.
    public var accountId: String?
    /// Root email.
    public var email: String
    /// AWS account name (defaults to `name`).
    public var accountName: String
    /// OU path (`/` = root).
    public var organizationalUnit: String
    /// Tags.
    public var tags: [String: String]
    /// `release`, `remove` or `close`.
    public var onRemoval: String
    /// Role for a new account (nil = AWS default).
    public var roleName: String?
    /// `ALLOW`/`DENY` for a new account (nil = AWS default).
    public var iamUserAccessToBilling: String?
    /// The manifest.
    public var source: SourceLocation
}

/// An Organizations policy with its attachments.
public struct DesiredPolicy: Sendable, Hashable {
    /// `metadata.name`.
    public var name: String
    /// AWS name (defaults to `name`).
    public var policyName: String
    /// Policy type.
    public var type: String
    /// Description ("" when not given: CreatePolicy requires one).
    public var description: String
    /// The document; nil for a taken-over AWS-managed policy.
    public var document: PolicyDocument?
    /// `FullAWSAccess` and the like when this manifest takes an AWS-managed policy over.
    public var awsManaged: String?
    /// Attachments, sorted, duplicates removed.
    public var targets: [PolicyTarget]
    /// Tags.
    public var tags: [String: String]
    /// The manifest.
    public var source: SourceLocation
}

/// A stack set.
public struct DesiredStackSet: Sendable, Hashable {
    /// `metadata.name`.
    public var name: String
    /// AWS name (defaults to `name`).
    public var stackSetName: String
    /// The template file (root-relative).
    public var templateFile: String
    /// The template's bytes.
    public var templateBody: [UInt8]
    /// SHA-256 of the template bytes, lower-case hex.
    public var templateSHA256: String
    /// Description.
    public var description: String?
    /// `SERVICE_MANAGED` or `SELF_MANAGED`.
    public var permissionModel: String
    /// `SELF` or `DELEGATED_ADMIN`.
    public var callAs: String
    /// SELF_MANAGED administration role.
    public var administrationRoleArn: String?
    /// SELF_MANAGED execution role name.
    public var executionRoleName: String?
    /// Capabilities, sorted.
    public var capabilities: [String]
    /// Parameters after substitution.
    public var parameters: [String: String]
    /// Secret parameters: where each value is read at run time (never the value).
    public var secretParameters: [String: SecretSource]
    /// Per-account/region overrides, in manifest order.
    public var parameterOverrides: [ParameterOverride]
    /// Managed execution.
    public var managedExecution: Bool
    /// `report` or `reapply`.
    public var driftRemediation: String
    /// Tags.
    public var tags: [String: String]
    /// Auto-deployment (SERVICE_MANAGED only).
    public var autoDeployment: AutoDeployment?
    /// OU paths, sorted.
    public var organizationalUnits: [String]
    /// Accounts (targets or filter), sorted.
    public var accounts: [AccountRef]
    /// Excluded accounts, sorted.
    public var excludeAccounts: [AccountRef]
    /// Regions, in manifest order (the order may matter to regionOrder).
    public var regions: [String]
    /// Operation preferences.
    public var operationPreferences: OperationPreferences
    /// The manifest.
    public var source: SourceLocation
}

/// Where a secret parameter's value comes from.
public enum SecretSource: Sendable, Hashable {
    /// An environment variable of the operator.
    case environment(String)
    /// A file in the operator's container.
    case file(String)
}

/// Parameter values for some accounts and/or regions.
public struct ParameterOverride: Sendable, Hashable {
    /// Accounts (empty = all).
    public var accounts: [AccountRef]
    /// Regions (empty = all).
    public var regions: [String]
    /// Values.
    public var parameters: [String: String]
}

/// StackSet auto-deployment.
public struct AutoDeployment: Sendable, Hashable {
    /// Enabled.
    public var enabled: Bool
    /// Keep stacks when accounts leave.
    public var retainStacksOnAccountRemoval: Bool
}

/// StackSet operation preferences; nil fields take AWS defaults.
public struct OperationPreferences: Sendable, Hashable {
    /// `SEQUENTIAL` or `PARALLEL`.
    public var regionConcurrencyType: String?
    /// Region order.
    public var regionOrder: [String]
    /// Failure tolerance count.
    public var failureToleranceCount: Int?
    /// Failure tolerance percentage.
    public var failureTolerancePercentage: Int?
    /// Max concurrent count.
    public var maxConcurrentCount: Int?
    /// Max concurrent percentage.
    public var maxConcurrentPercentage: Int?
    /// Concurrency mode.
    public var concurrencyMode: String?
}

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
}

/// A customer-managed policy reference.
public struct CustomerManagedPolicyRef: Sendable, Hashable, Comparable {
    /// Name.
    public var name: String
    /// Path (default `/`).
    public var path: String

    public static func < (a: Self, b: Self) -> Bool { (a.path, a.name) < (b.path, b.name) }
}

/// A permissions boundary.
public enum PermissionsBoundary: Sendable, Hashable {
    /// An AWS managed policy ARN.
    case managedPolicy(arn: String)
    /// A customer-managed policy.
    case customerManaged(CustomerManagedPolicyRef)
}

/// Who an assignment grants to.
public enum Principal: Sendable, Hashable {
    /// A group by display name.
    case group(String)
    /// A user by user name.
    case user(String)
}

/// An account assignment.
public struct DesiredAssignment: Sendable, Hashable {
    /// `metadata.name`.
    public var name: String
    /// The permission set's `metadata.name`.
    public var permissionSet: String
    /// The principal.
    public var principal: Principal
    /// OU paths (recursive), sorted.
    public var organizationalUnits: [String]
    /// Accounts, sorted.
    public var accounts: [AccountRef]
    /// Excluded accounts, sorted.
    public var excludeAccounts: [AccountRef]
    /// The manifest.
    public var source: SourceLocation
}
