import OrgModel

/// One stack set as `orgops import` needs it: everything a manifest can say, read-only, template included.
///
/// Unlike `LiveStackSet` (what the differ compares, hashes only) this keeps the template body, so it
/// can be written to a file, and every instance's parameter overrides, so they can be declared.
/// Parameter values are as AWS returned them: a NoEcho value arrives as `****` and must never be
/// written anywhere; `sensitiveKeys` says which keys those are.
public struct StackSetImport: Sendable, Equatable {
    /// One stack instance.
    public struct Instance: Sendable, Equatable {
        /// The account the stack runs in.
        public var account: String
        /// The region.
        public var region: String
        /// The OU the instance was deployed through (SERVICE_MANAGED), nil otherwise.
        public var organizationalUnitId: String?
        /// Parameter values overridden for this instance only.
        public var parameterOverrides: [String: String]

        /// Creates a value.
        public init(account: String, region: String, organizationalUnitId: String? = nil,
                    parameterOverrides: [String: String] = [:]) {
            self.account = account
            self.region = region
            self.organizationalUnitId = organizationalUnitId
            self.parameterOverrides = parameterOverrides
        }
    }

    /// `StackSetName`.
    public var name: String
    /// `SELF` or `DELEGATED_ADMIN`: how the set was listed.
    public var callAs: String
    /// Description, nil when none.
    public var description: String?
    /// `SERVICE_MANAGED` or `SELF_MANAGED`.
    public var permissionModel: String
    /// The template body as AWS returned it.
    public var templateBody: String
    /// Capabilities, sorted.
    public var capabilities: [String]
    /// Parameter values by key (`****` for NoEcho ones).
    public var parameters: [String: String]
    /// Keys whose values must not be written: NoEcho in the template, or masked by AWS.
    public var sensitiveKeys: Set<String>
    /// Tags (the ownership tag included when present).
    public var tags: [String: String]
    /// Auto-deployment (SERVICE_MANAGED).
    public var autoDeployment: AutoDeploymentSetting?
    /// Managed execution active.
    public var managedExecution: Bool
    /// SELF_MANAGED administration role.
    public var administrationRoleArn: String?
    /// SELF_MANAGED execution role name.
    public var executionRoleName: String?
    /// OU IDs the set deploys to (SERVICE_MANAGED), as DescribeStackSet lists them.
    public var organizationalUnitIds: [String]
    /// Regions the set has instances in, in AWS's order (empty when AWS does not say).
    public var regions: [String]
    /// Instances, sorted by account then region.
    public var instances: [Instance]

    /// Creates a value; the reader builds these, tests build them directly.
    public init(name: String, callAs: String = "SELF", description: String? = nil, permissionModel: String,
                templateBody: String, capabilities: [String] = [], parameters: [String: String] = [:],
                sensitiveKeys: Set<String> = [], tags: [String: String] = [:],
                autoDeployment: AutoDeploymentSetting? = nil, managedExecution: Bool = false,
                administrationRoleArn: String? = nil, executionRoleName: String? = nil,
                organizationalUnitIds: [String] = [], regions: [String] = [], instances: [Instance] = []) {
        self.name = name
        self.callAs = callAs
        self.description = description
        self.permissionModel = permissionModel
        self.templateBody = templateBody
        self.capabilities = capabilities.sorted()
        self.parameters = parameters
        self.sensitiveKeys = sensitiveKeys
        self.tags = tags
        self.autoDeployment = autoDeployment
        self.managedExecution = managedExecution
        self.administrationRoleArn = administrationRoleArn
        self.executionRoleName = executionRoleName
        self.organizationalUnitIds = organizationalUnitIds
        self.regions = regions
        self.instances = instances.sorted { ($0.account, $0.region) < ($1.account, $1.region) }
    }
}
