// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// The input of `UpdateStackSet`.
    public struct UpdateStackSetRequest: Codable, Sendable, Equatable {
        /// The name or unique ID of the StackSet that you want to update.
        public var stackSetName: String
        /// A brief description of updates that you are making.
        public var description: String?
        /// The structure that contains the template body, with a minimum length of 1 byte and a maximum length of 51,200 bytes.
        public var templateBody: String?
        /// The URL of a file that contains the template body.
        public var templateURL: String?
        /// Use the existing template that's associated with the StackSet that you're updating.
        public var usePreviousTemplate: Bool?
        /// A list of input parameters for the StackSet template.
        public var parameters: [Parameter]?
        /// In some cases, you must explicitly acknowledge that your stack template contains certain capabilities in order for CloudFormation to update the StackSet and its…
        public var capabilities: [String]?
        /// The key-value pairs to associate with this StackSet and the stacks created from it.
        public var tags: [Tag]?
        /// Preferences for how CloudFormation performs this StackSet operation.
        public var operationPreferences: StackSetOperationPreferences?
        /// [Self-managed permissions] The Amazon Resource Name (ARN) of the IAM role to use to update this StackSet.
        public var administrationRoleARN: String?
        /// [Self-managed permissions] The name of the IAM execution role to use to update the stack set.
        public var executionRoleName: String?
        /// [Service-managed permissions] The Organizations accounts in which to update associated stack instances.
        public var deploymentTargets: DeploymentTargets?
        /// Describes how the IAM roles required for StackSet operations are created.
        public var permissionModel: String?
        /// [Service-managed permissions] Describes whether StackSets automatically deploys to Organizations accounts that are added to a target organization or organizational unit…
        public var autoDeployment: AutoDeployment?
        /// The unique ID for this StackSet operation.
        public var operationId: String?
        /// [Self-managed permissions] The accounts in which to update associated stack instances.
        public var accounts: [String]?
        /// The Amazon Web Services Regions in which to update associated stack instances.
        public var regions: [String]?
        /// [Service-managed permissions] Specifies whether you are acting as an account administrator in the organization's management account or as a delegated administrator in a…
        public var callAs: String?
        /// Describes whether CloudFormation performs non-conflicting operations concurrently and queues conflicting operations.
        public var managedExecution: ManagedExecution?

        /// Creates a value; members AWS marks as required have no default.
        public init(stackSetName: String, description: String? = nil, templateBody: String? = nil, templateURL: String? = nil, usePreviousTemplate: Bool? = nil, parameters: [Parameter]? = nil, capabilities: [String]? = nil, tags: [Tag]? = nil, operationPreferences: StackSetOperationPreferences? = nil, administrationRoleARN: String? = nil, executionRoleName: String? = nil, deploymentTargets: DeploymentTargets? = nil, permissionModel: String? = nil, autoDeployment: AutoDeployment? = nil, operationId: String? = nil, accounts: [String]? = nil, regions: [String]? = nil, callAs: String? = nil, managedExecution: ManagedExecution? = nil) {
            self.stackSetName = stackSetName
            self.description = description
            self.templateBody = templateBody
            self.templateURL = templateURL
            self.usePreviousTemplate = usePreviousTemplate
            self.parameters = parameters
            self.capabilities = capabilities
            self.tags = tags
            self.operationPreferences = operationPreferences
            self.administrationRoleARN = administrationRoleARN
            self.executionRoleName = executionRoleName
            self.deploymentTargets = deploymentTargets
            self.permissionModel = permissionModel
            self.autoDeployment = autoDeployment
            self.operationId = operationId
            self.accounts = accounts
            self.regions = regions
            self.callAs = callAs
            self.managedExecution = managedExecution
        }

        enum CodingKeys: String, CodingKey {
            case stackSetName = "StackSetName"
            case description = "Description"
            case templateBody = "TemplateBody"
            case templateURL = "TemplateURL"
            case usePreviousTemplate = "UsePreviousTemplate"
            case parameters = "Parameters"
            case capabilities = "Capabilities"
            case tags = "Tags"
            case operationPreferences = "OperationPreferences"
            case administrationRoleARN = "AdministrationRoleARN"
            case executionRoleName = "ExecutionRoleName"
            case deploymentTargets = "DeploymentTargets"
            case permissionModel = "PermissionModel"
            case autoDeployment = "AutoDeployment"
            case operationId = "OperationId"
            case accounts = "Accounts"
            case regions = "Regions"
            case callAs = "CallAs"
            case managedExecution = "ManagedExecution"
        }
    }

    /// The output of `UpdateStackSet`.
    public struct UpdateStackSetResponse: Codable, Sendable, Equatable {
        /// The unique ID for this StackSet operation.
        public var operationId: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(operationId: String? = nil) {
            self.operationId = operationId
        }

        enum CodingKeys: String, CodingKey {
            case operationId = "OperationId"
        }
    }
}

extension CloudFormationAPI.UpdateStackSetRequest: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {
        writer.value(prefix, "StackSetName", stackSetName)
        writer.value(prefix, "Description", description)
        writer.value(prefix, "TemplateBody", templateBody)
        writer.value(prefix, "TemplateURL", templateURL)
        writer.value(prefix, "UsePreviousTemplate", usePreviousTemplate)
        writer.list(prefix, "Parameters", parameters)
        writer.list(prefix, "Capabilities", capabilities)
        writer.list(prefix, "Tags", tags)
        writer.value(prefix, "OperationPreferences", operationPreferences)
        writer.value(prefix, "AdministrationRoleARN", administrationRoleARN)
        writer.value(prefix, "ExecutionRoleName", executionRoleName)
        writer.value(prefix, "DeploymentTargets", deploymentTargets)
        writer.value(prefix, "PermissionModel", permissionModel)
        writer.value(prefix, "AutoDeployment", autoDeployment)
        writer.value(prefix, "OperationId", operationId)
        writer.list(prefix, "Accounts", accounts)
        writer.list(prefix, "Regions", regions)
        writer.value(prefix, "CallAs", callAs)
        writer.value(prefix, "ManagedExecution", managedExecution)
    }
}

extension CloudFormationAPI.UpdateStackSetResponse: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            operationId: xml.value("OperationId"))
    }
}
