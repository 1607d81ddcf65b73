import OperatorSupport

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
    /// Take over an existing set of this name that has no ownership tag (`adopt: true`): the differ plans
    /// its adoption instead of reporting it and leaving it alone. A set tagged for another organization
    /// is never adopted.
    public var adopt: Bool
    /// The manifest.
    public var source: SourceLocation

    /// Creates a value; the loader builds these from manifests, tests and fakes build them directly.
    public init(
        name: String,
        stackSetName: String,
        templateFile: String,
        templateBody: [UInt8],
        templateSHA256: String,
        description: String?,
        permissionModel: String,
        callAs: String,
        administrationRoleArn: String?,
        executionRoleName: String?,
        capabilities: [String],
        parameters: [String: String],
        secretParameters: [String: SecretSource],
        parameterOverrides: [ParameterOverride],
        managedExecution: Bool,
        driftRemediation: String,
        tags: [String: String],
        autoDeployment: AutoDeployment?,
        organizationalUnits: [String],
        accounts: [AccountRef],
        excludeAccounts: [AccountRef],
        regions: [String],
        operationPreferences: OperationPreferences,
        adopt: Bool = false,
        source: SourceLocation
    ) {
        self.name = name
        self.stackSetName = stackSetName
        self.templateFile = templateFile
        self.templateBody = templateBody
        self.templateSHA256 = templateSHA256
        self.description = description
        self.permissionModel = permissionModel
        self.callAs = callAs
        self.administrationRoleArn = administrationRoleArn
        self.executionRoleName = executionRoleName
        self.capabilities = capabilities
        self.parameters = parameters
        self.secretParameters = secretParameters
        self.parameterOverrides = parameterOverrides
        self.managedExecution = managedExecution
        self.driftRemediation = driftRemediation
        self.tags = tags
        self.autoDeployment = autoDeployment
        self.organizationalUnits = organizationalUnits
        self.accounts = accounts
        self.excludeAccounts = excludeAccounts
        self.regions = regions
        self.operationPreferences = operationPreferences
        self.adopt = adopt
        self.source = source
    }
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

    /// Creates a value; the loader builds these from manifests, tests and fakes build them directly.
    public init(accounts: [AccountRef], regions: [String], parameters: [String: String]) {
        self.accounts = accounts
        self.regions = regions
        self.parameters = parameters
    }
}

/// StackSet auto-deployment.
public struct AutoDeployment: Sendable, Hashable {
    /// Enabled.
    public var enabled: Bool
    /// Keep stacks when accounts leave.
    public var retainStacksOnAccountRemoval: Bool

    /// Creates a value; the loader builds these from manifests, tests and fakes build them directly.
    public init(enabled: Bool, retainStacksOnAccountRemoval: Bool) {
        self.enabled = enabled
        self.retainStacksOnAccountRemoval = retainStacksOnAccountRemoval
    }
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

    /// Creates a value; the loader builds these from manifests, tests and fakes build them directly.
    public init(
        regionConcurrencyType: String?,
        regionOrder: [String],
        failureToleranceCount: Int?,
        failureTolerancePercentage: Int?,
        maxConcurrentCount: Int?,
        maxConcurrentPercentage: Int?,
        concurrencyMode: String?
    ) {
        self.regionConcurrencyType = regionConcurrencyType
        self.regionOrder = regionOrder
        self.failureToleranceCount = failureToleranceCount
        self.failureTolerancePercentage = failureTolerancePercentage
        self.maxConcurrentCount = maxConcurrentCount
        self.maxConcurrentPercentage = maxConcurrentPercentage
        self.concurrencyMode = concurrencyMode
    }
}
