/// Every StackSets change orgops makes, carried in the plan as `ActionKind.stackSet`.
///
/// Payloads hold what is safe to show and save: parameter values the template
/// marks `NoEcho` and `secretParameters` appear only as `PlannedParameter.sensitive`;
/// the applier takes the real values (and the template body, checked against
/// `templateSHA256`) from the desired organization and the secret resolver at
/// apply time. AWS runs one operation per stack set at a time, so the differ
/// chains each set's actions and the applier queues them per set.
public enum StackSetAction: Sendable, Equatable, Codable {
    /// CreateStackSet (ownership tag among the tags).
    case create(StackSetDefinition)
    /// UpdateStackSet: template, parameters, capabilities, description, tags, auto-deployment, managed
    /// execution; AWS rolls it out to every instance. With `StackSetDefinition.adopting` it is the
    /// adoption of a set without the ownership tag: the same call, its tags adding that tag (CloudFormation
    /// tags a stack set only through UpdateStackSet), so one operation both takes the set over and
    /// brings it to the manifest.
    case update(StackSetDefinition)
    /// CreateStackInstances for accounts (or OUs) × regions.
    case createInstances(StackInstanceBatch)
    /// UpdateStackInstances: outdated, failed or drifted instances, or parameter overrides.
    case updateInstances(StackInstanceBatch)
    /// DeleteStackInstances (`retainStacks` from the batch).
    case deleteInstances(StackInstanceBatch)
    /// DeleteStackSet, planned after its instances are deleted.
    case delete(StackSetIdentity)

    /// The set the action concerns.
    public var identity: StackSetIdentity {
        switch self {
        case .create(let definition), .update(let definition): definition.identity
        case .createInstances(let batch), .updateInstances(let batch), .deleteInstances(let batch): batch.identity
        case .delete(let identity): identity
        }
    }

    /// How the summary counts it.
    public var effect: ActionEffect {
        switch self {
        case .create, .createInstances: .create
        case .update, .updateInstances: .update
        case .deleteInstances, .delete: .delete
        }
    }

    /// The verb renderers print.
    public var verb: String {
        switch self {
        case .create: "create"
        case .update(let definition): definition.adopting ? "adopt" : "update"
        case .createInstances: "deploy"
        case .updateInstances: "redeploy"
        case .deleteInstances: "undeploy"
        case .delete: "delete"
        }
    }

    /// True for what counts against `--max-deletions`: deleting the set or its stacks (not retained ones).
    public var deletesResource: Bool {
        switch self {
        case .delete: true
        case .deleteInstances(let batch): !batch.retainStacks
        default: false
        }
    }

    /// Rank among ready actions: after the Organizations changes that create accounts and OUs.
    public var rank: Int {
        switch self {
        case .create: 22
        case .update: 23
        case .deleteInstances: 24
        case .createInstances: 25
        case .updateInstances: 26
        case .delete: 27
        }
    }
}

/// How every call addresses one stack set.
public struct StackSetIdentity: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The StackSet manifest's `metadata.name` (nil for an owned set no manifest declares any more).
    public var manifestName: String?
    /// The AWS `StackSetName`.
    public var stackSetName: String
    /// `SELF` or `DELEGATED_ADMIN`.
    public var callAs: String
    /// `SERVICE_MANAGED` or `SELF_MANAGED`.
    public var permissionModel: String

    /// Creates an identity.
    public init(manifestName: String?, stackSetName: String, callAs: String, permissionModel: String) {
        self.manifestName = manifestName
        self.stackSetName = stackSetName
        self.callAs = callAs
        self.permissionModel = permissionModel
    }

    /// True for SERVICE_MANAGED (targets are OUs and deployment targets, not account lists).
    public var serviceManaged: Bool { permissionModel == "SERVICE_MANAGED" }

    public var description: String { stackSetName }
}

/// A parameter value as a plan holds it.
public enum PlannedParameter: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A value that may be shown and saved.
    case value(String)
    /// NoEcho or secret: resolved at apply time, shown as `(sensitive)`.
    case sensitive

    public var description: String {
        switch self {
        case .value(let text): text
        case .sensitive: "(sensitive)"
        }
    }
}

/// What CreateStackSet and UpdateStackSet need, secrets left out.
public struct StackSetDefinition: Sendable, Equatable, Codable {
    /// The set.
    public var identity: StackSetIdentity
    /// The repository file the template is read from.
    public var templateFile: String
    /// SHA-256 of the template bytes: the applier refuses a file that changed since the plan.
    public var templateSHA256: String
    /// Description.
    public var description: String?
    /// Capabilities, sorted.
    public var capabilities: [String]
    /// Parameters (sensitive ones as markers).
    public var parameters: [String: PlannedParameter]
    /// Tags, ownership tag included.
    public var tags: [String: String]
    /// Auto-deployment (SERVICE_MANAGED).
    public var autoDeployment: AutoDeploymentSetting?
    /// Managed execution.
    public var managedExecution: Bool
    /// SELF_MANAGED administration role.
    public var administrationRoleArn: String?
    /// SELF_MANAGED execution role name.
    public var executionRoleName: String?
    /// Preferences for the operation UpdateStackSet starts.
    public var operationPreferences: StackSetPreferences
    /// The ownership tag key when the update adopts a set that has no ownership tag yet (`adopt: true`),
    /// nil for an ordinary update. `tags` carry the tag; the applier sends the same UpdateStackSet, after
    /// checking that the key is still absent (or this organization's) on the live set.
    public var adoptionTagKey: String?

    /// Creates a definition.
    public init(identity: StackSetIdentity, templateFile: String, templateSHA256: String, description: String?,
                capabilities: [String], parameters: [String: PlannedParameter], tags: [String: String],
                autoDeployment: AutoDeploymentSetting?, managedExecution: Bool, administrationRoleArn: String?,
                executionRoleName: String?, operationPreferences: StackSetPreferences,
                adoptionTagKey: String? = nil) {
        self.identity = identity
        self.templateFile = templateFile
        self.templateSHA256 = templateSHA256
        self.description = description
        self.capabilities = capabilities
        self.parameters = parameters
        self.tags = tags
        self.autoDeployment = autoDeployment
        self.managedExecution = managedExecution
        self.administrationRoleArn = administrationRoleArn
        self.executionRoleName = executionRoleName
        self.operationPreferences = operationPreferences
        self.adoptionTagKey = adoptionTagKey
    }

    /// True when this update is an adoption.
    public var adopting: Bool { adoptionTagKey != nil }
}

/// One instance operation: accounts (or OUs filtered by accounts) × regions, as AWS takes them in one call.
public struct StackInstanceBatch: Sendable, Equatable, Codable {
    /// The set.
    public var identity: StackSetIdentity
    /// SELF_MANAGED: the accounts. SERVICE_MANAGED: the account filter over `organizationalUnits`.
    public var accounts: [AccountReference]
    /// SERVICE_MANAGED deployment targets (the root when the batch is by account only).
    public var organizationalUnits: [OUReference]
    /// SERVICE_MANAGED `AccountFilterType` (`INTERSECTION`, `DIFFERENCE`); nil = every account of the OUs.
    public var accountFilter: String?
    /// Regions.
    public var regions: [String]
    /// Per-account/region parameter overrides for these instances (sensitive ones as markers).
    public var parameterOverrides: [String: PlannedParameter]
    /// DeleteStackInstances only: keep the stacks, removing them from the set.
    public var retainStacks: Bool
    /// The manifest's operation preferences.
    public var operationPreferences: StackSetPreferences

    /// Creates a batch.
    public init(identity: StackSetIdentity, accounts: [AccountReference], organizationalUnits: [OUReference] = [],
                accountFilter: String? = nil, regions: [String], parameterOverrides: [String: PlannedParameter] = [:],
                retainStacks: Bool = false, operationPreferences: StackSetPreferences) {
        self.identity = identity
        self.accounts = accounts
        self.organizationalUnits = organizationalUnits
        self.accountFilter = accountFilter
        self.regions = regions
        self.parameterOverrides = parameterOverrides
        self.retainStacks = retainStacks
        self.operationPreferences = operationPreferences
    }
}
