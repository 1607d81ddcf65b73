// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// A structure that contains information about a StackSet.
    public struct StackSet: Codable, Sendable, Equatable {
        /// The name that's associated with the StackSet.
        public var stackSetName: String?
        /// The ID of the StackSet.
        public var stackSetId: String?
        /// A description of the StackSet that you specify when the StackSet is created or updated.
        public var description: String?
        /// The status of the StackSet.
        public var status: String?
        /// The structure that contains the body of the template that was used to create or update the StackSet.
        public var templateBody: String?
        /// A list of input parameters for a StackSet.
        public var parameters: [Parameter]?
        /// The capabilities that are allowed in the StackSet.
        public var capabilities: [String]?
        /// A list of tags that specify information about the StackSet.
        public var tags: [Tag]?
        /// The Amazon Resource Name (ARN) of the StackSet.
        public var stackSetARN: String?
        /// The Amazon Resource Name (ARN) of the IAM role used to create or update the stack set.
        public var administrationRoleARN: String?
        /// The name of the IAM execution role used to create or update the StackSet.
        public var executionRoleName: String?
        /// Detailed information about the drift status of the StackSet.
        public var stackSetDriftDetectionDetails: StackSetDriftDetectionDetails?
        /// Describes whether StackSets automatically deploys to Organizations accounts that are added to a target organization or organizational unit (OU).
        public var autoDeployment: AutoDeployment?
        /// Describes how the IAM roles required for StackSet operations are created.
        public var permissionModel: String?
        /// [Service-managed permissions] The organization root ID or organizational unit (OU) IDs that you specified for DeploymentTargets .
        public var organizationalUnitIds: [String]?
        /// Describes whether StackSets performs non-conflicting operations concurrently and queues conflicting operations.
        public var managedExecution: ManagedExecution?
        /// Returns a list of all Amazon Web Services Regions the given StackSet has stack instances deployed in.
        public var regions: [String]?

        /// Creates a value; members AWS marks as required have no default.
        public init(stackSetName: String? = nil, stackSetId: String? = nil, description: String? = nil, status: String? = nil, templateBody: String? = nil, parameters: [Parameter]? = nil, capabilities: [String]? = nil, tags: [Tag]? = nil, stackSetARN: String? = nil, administrationRoleARN: String? = nil, executionRoleName: String? = nil, stackSetDriftDetectionDetails: StackSetDriftDetectionDetails? = nil, autoDeployment: AutoDeployment? = nil, permissionModel: String? = nil, organizationalUnitIds: [String]? = nil, managedExecution: ManagedExecution? = nil, regions: [String]? = nil) {
            self.stackSetName = stackSetName
            self.stackSetId = stackSetId
            self.description = description
            self.status = status
            self.templateBody = templateBody
            self.parameters = parameters
            self.capabilities = capabilities
            self.tags = tags
            self.stackSetARN = stackSetARN
            self.administrationRoleARN = administrationRoleARN
            self.executionRoleName = executionRoleName
            self.stackSetDriftDetectionDetails = stackSetDriftDetectionDetails
            self.autoDeployment = autoDeployment
            self.permissionModel = permissionModel
            self.organizationalUnitIds = organizationalUnitIds
            self.managedExecution = managedExecution
            self.regions = regions
        }

        enum CodingKeys: String, CodingKey {
            case stackSetName = "StackSetName"
            case stackSetId = "StackSetId"
            case description = "Description"
            case status = "Status"
            case templateBody = "TemplateBody"
            case parameters = "Parameters"
            case capabilities = "Capabilities"
            case tags = "Tags"
            case stackSetARN = "StackSetARN"
            case administrationRoleARN = "AdministrationRoleARN"
            case executionRoleName = "ExecutionRoleName"
            case stackSetDriftDetectionDetails = "StackSetDriftDetectionDetails"
            case autoDeployment = "AutoDeployment"
            case permissionModel = "PermissionModel"
            case organizationalUnitIds = "OrganizationalUnitIds"
            case managedExecution = "ManagedExecution"
            case regions = "Regions"
        }
    }
}

extension CloudFormationAPI.StackSet: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            stackSetName: xml.value("StackSetName"),
            stackSetId: xml.value("StackSetId"),
            description: xml.value("Description"),
            status: xml.value("Status"),
            templateBody: xml.value("TemplateBody"),
            parameters: xml.list("Parameters"),
            capabilities: xml.list("Capabilities"),
            tags: xml.list("Tags"),
            stackSetARN: xml.value("StackSetARN"),
            administrationRoleARN: xml.value("AdministrationRoleARN"),
            executionRoleName: xml.value("ExecutionRoleName"),
            stackSetDriftDetectionDetails: xml.value("StackSetDriftDetectionDetails"),
            autoDeployment: xml.value("AutoDeployment"),
            permissionModel: xml.value("PermissionModel"),
            organizationalUnitIds: xml.list("OrganizationalUnitIds"),
            managedExecution: xml.value("ManagedExecution"),
            regions: xml.list("Regions"))
    }
}
