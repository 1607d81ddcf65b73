/// A stack set as AWS has it, read for one organization: what the differ compares the manifest with.
///
/// Parameter values the template marks `NoEcho` (AWS answers `****`) and
/// values orgops sent from `secretParameters` are never kept: they are
/// `LiveParameterValue.sensitive`, so a snapshot can be logged, encoded or
/// fingerprinted without carrying a secret.
public struct LiveStackSet: Sendable, Equatable, Codable {
    /// `StackSetName`.
    public var name: String
    /// `StackSetId` (`name:uuid`).
    public var id: String
    /// `ACTIVE` or `DELETED`.
    public var status: String
    /// Description.
    public var description: String?
    /// `SERVICE_MANAGED` or `SELF_MANAGED`.
    public var permissionModel: String
    /// `SELF` or `DELEGATED_ADMIN`: how the set was read, and how every later call must address it.
    public var callAs: String
    /// Capabilities, sorted.
    public var capabilities: [String]
    /// Parameters by key; sensitive ones only as a marker.
    public var parameters: [String: LiveParameterValue]
    /// SHA-256 of the template body, lower-case hex (the body itself is not kept).
    public var templateSHA256: String
    /// Tags.
    public var tags: [String: String]
    /// Auto-deployment (SERVICE_MANAGED).
    public var autoDeployment: AutoDeploymentSetting?
    /// Managed execution active.
    public var managedExecution: Bool
    /// SELF_MANAGED administration role.
    public var administrationRoleArn: String?
    /// SELF_MANAGED execution role name.
    public var executionRoleName: String?
    /// OU IDs the set was deployed to (SERVICE_MANAGED).
    public var organizationalUnitIds: [String]
    /// Instances, sorted by account then region.
    public var instances: [LiveStackInstance]
    /// The most recent operation, if any: a running one must be waited for before the next.
    public var lastOperation: LiveStackSetOperation?
    /// What the last drift detection found, when one ran in this pass.
    public var drift: LiveStackSetDrift?

    /// Creates a snapshot; the AWS reader builds these, tests and fakes build them directly.
    public init(name: String, id: String, status: String = "ACTIVE", description: String? = nil,
                permissionModel: String, callAs: String = "SELF", capabilities: [String] = [],
                parameters: [String: LiveParameterValue] = [:], templateSHA256: String, tags: [String: String] = [:],
                autoDeployment: AutoDeploymentSetting? = nil, managedExecution: Bool = false,
                administrationRoleArn: String? = nil, executionRoleName: String? = nil,
                organizationalUnitIds: [String] = [], instances: [LiveStackInstance] = [],
                lastOperation: LiveStackSetOperation? = nil, drift: LiveStackSetDrift? = nil) {
        self.name = name
        self.id = id
        self.status = status
        self.description = description
        self.permissionModel = permissionModel
        self.callAs = callAs
        self.capabilities = capabilities
        self.parameters = parameters
        self.templateSHA256 = templateSHA256
        self.tags = tags
        self.autoDeployment = autoDeployment
        self.managedExecution = managedExecution
        self.administrationRoleArn = administrationRoleArn
        self.executionRoleName = executionRoleName
        self.organizationalUnitIds = organizationalUnitIds
        self.instances = instances.sorted { ($0.account, $0.region) < ($1.account, $1.region) }
        self.lastOperation = lastOperation
        self.drift = drift
    }

    /// The instance in `account` and `region`, if any.
    public func instance(account: String, region: String) -> LiveStackInstance? {
        instances.first { $0.account == account && $0.region == region }
    }
}

/// A parameter value as read: plain text, or only the fact that a value is there.
public enum LiveParameterValue: Sendable, Hashable, Codable {
    /// A value that may be shown.
    case plain(String)
    /// A NoEcho or secret value: never read back, never stored.
    case sensitive
}

/// One stack instance.
public struct LiveStackInstance: Sendable, Hashable, Codable {
    /// The 12-digit account.
    public var account: String
    /// The region.
    public var region: String
    /// `CURRENT`, `OUTDATED` or `INOPERABLE`.
    public var status: String
    /// The detailed status (`SUCCEEDED`, `FAILED`, `RUNNING`, `CANCELLED`, `PENDING`, `INOPERABLE`).
    public var detailedStatus: String?
    /// AWS's reason for the status.
    public var statusReason: String?
    /// `DRIFTED`, `IN_SYNC`, `UNKNOWN` or `NOT_CHECKED`.
    public var driftStatus: String?
    /// The OU the instance was deployed through (SERVICE_MANAGED).
    public var organizationalUnitId: String?
    /// The instance's parameter overrides, when the reader described it (nil = not read, never compared).
    public var parameterOverrides: [String: LiveParameterValue]?

    /// Creates an instance.
    public init(account: String, region: String, status: String = "CURRENT", detailedStatus: String? = "SUCCEEDED",
                statusReason: String? = nil, driftStatus: String? = nil, organizationalUnitId: String? = nil,
                parameterOverrides: [String: LiveParameterValue]? = nil) {
        self.parameterOverrides = parameterOverrides
        self.account = account
        self.region = region
        self.status = status
        self.detailedStatus = detailedStatus
        self.statusReason = statusReason
        self.driftStatus = driftStatus
        self.organizationalUnitId = organizationalUnitId
    }

    /// True when the instance must be updated: outdated, failed or cancelled.
    public var needsUpdate: Bool {
        status == "OUTDATED" || status == "INOPERABLE" || detailedStatus == "FAILED" || detailedStatus == "CANCELLED"
    }
}

/// A stack-set operation as listed.
public struct LiveStackSetOperation: Sendable, Hashable, Codable {
    /// The operation ID.
    public var id: String
    /// `CREATE`, `UPDATE`, `DELETE`, `DETECT_DRIFT`.
    public var action: String
    /// `RUNNING`, `SUCCEEDED`, `FAILED`, `STOPPING`, `STOPPED`, `QUEUED`.
    public var status: String

    /// Creates an operation.
    public init(id: String, action: String, status: String) {
        self.id = id
        self.action = action
        self.status = status
    }

    /// True while AWS would refuse another operation on the set.
    public var isRunning: Bool { ["RUNNING", "QUEUED", "STOPPING"].contains(status) }
}

/// What one drift detection found for a stack set.
public struct LiveStackSetDrift: Sendable, Hashable, Codable {
    /// The DetectStackSetDrift operation.
    public var operationId: String
    /// Drifted instances with their drifted resources, sorted by account then region.
    public var instances: [DriftedStackInstance]

    /// Creates a result.
    public init(operationId: String, instances: [DriftedStackInstance]) {
        self.operationId = operationId
        self.instances = instances.sorted { ($0.account, $0.region) < ($1.account, $1.region) }
    }
}

/// One drifted instance and the resources that moved.
public struct DriftedStackInstance: Sendable, Hashable, Codable {
    /// The account.
    public var account: String
    /// The region.
    public var region: String
    /// Drifted resources as `LogicalId (Type): MODIFIED`.
    public var resources: [String]

    /// Creates a drifted instance.
    public init(account: String, region: String, resources: [String]) {
        self.account = account
        self.region = region
        self.resources = resources
    }
}
