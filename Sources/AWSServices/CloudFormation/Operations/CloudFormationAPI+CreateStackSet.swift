// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// The input of `CreateStackSet`.
    public struct CreateStackSetRequest: Codable, Sendable, Equatable {
        /// The name to associate with the StackSet.
        public var stackSetName: String
        /// A description of the StackSet.
        public var description: String?
        /// The structure that contains the template body, with a minimum length of 1 byte and a maximum length of 51,200 bytes.
        public var templateBody: String?
        /// The URL of a file that contains the template body.
        public var templateURL: String?
        /// The stack ID you are importing into a new StackSet.
        public var stackId: String?
        /// The input parameters for the StackSet template.
        public var parameters: [Parameter]?
        /// In some cases, you must explicitly acknowledge that your StackSet template contains certain capabilities in order for CloudFormation to create the StackSet and related…
        public var capabilities: [String]?
        /// The key-value pairs to associate with this StackSet and the stacks created from it.
        public var tags: [Tag]?
        /// The Amazon Resource Name (ARN) of the IAM role to use to create this StackSet.
        public var administrationRoleARN: String?
        /// The name of the IAM execution role to use to create the StackSet.
        public var executionRoleName: String?
        /// Describes how the IAM roles required for StackSet operations are created.
        public var permissionModel: String?
        /// Describes whether StackSets automatically deploys to Organizations accounts that are added to the target organization or organizational unit (OU).
        public var autoDeployment: AutoDeployment?
        /// Specifies whether you are acting as an account administrator in the organization's management account or as a delegated administrator in a member account.
        public var callAs: String?
        /// A unique identifier for this CreateStackSet request.
        public var clientRequestToken: String?
        /// Describes whether CloudFormation performs non-conflicting operations concurrently and queues conflicting operations.
        public var managedExecution: ManagedExecution?

        /// Creates a value; members AWS marks as required have no default.
        public init(stackSetName: String, description: String? = nil, templateBody: String? = nil, templateURL: String? = nil, stackId: String? = nil, parameters: [Parameter]? = nil, capabilities: [String]? = nil, tags: [Tag]? = nil, administrationRoleARN: String? = nil, executionRoleName: String? = nil, permissionModel: String? = nil, autoDeployment: AutoDeployment? = nil, callAs: String? = nil, clientRequestToken: String? = nil, managedExecution: ManagedExecution? = nil) {
            self.stackSetName = stackSetName
            self.description = description
            self.templateBody = templateBody
            self.templateURL = templateURL
            self.stackId = stackId
            self.parameters = parameters
            self.capabilities = capabilities
            self.tags = tags
            self.administrationRoleARN = administrationRoleARN
            self.executionRoleName = executionRoleName
            self.permissionModel = permissionModel
            self.autoDeployment = autoDeployment
            self.callAs = callAs
            self.clientRequestToken = clientRequestToken
            self.managedExecution = managedExecution
        }

        enum CodingKeys: String, CodingKey {
            case stackSetName = "StackSetName"
            case description = "Description"
            case templateBody = "TemplateBody"
            case templateURL = "TemplateURL"
            case stackId = "StackId"
            case parameters = "Parameters"
            case capabilities = "Capabilities"
            case tags = "Tags"
            case administrationRoleARN = "AdministrationRoleARN"
            case executionRoleName = "ExecutionRoleName"
            case permissionModel = "PermissionModel"
            case autoDeployment = "AutoDeployment"
            case callAs = "CallAs"
            case clientRequestToken = "ClientRequestToken"
            case managedExecution = "ManagedExecution"
        }
    }

    /// The output of `CreateStackSet`.
    public struct CreateStackSetResponse: Codable, Sendable, Equatable {
        /// The ID of the StackSet that you're creating.
        public var stackSetId: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(stackSetId: String? = nil) {
            self.stackSetId = stackSetId
        }

        enum CodingKeys: String, CodingKey {
            case stackSetId = "StackSetId"
        }
    }
}

extension CloudFormationAPI.CreateStackSetRequest: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {
        writer.value(prefix, "StackSetName", stackSetName)
        writer.value(prefix, "Description", description)
        writer.value(prefix, "TemplateBody", templateBody)
        writer.value(prefix, "TemplateURL", templateURL)
        writer.value(prefix, "StackId", stackId)
        writer.list(prefix, "Parameters", parameters)
        writer.list(prefix, "Capabilities", capabilities)
        writer.list(prefix, "Tags", tags)
        writer.value(prefix, "AdministrationRoleARN", administrationRoleARN)
        writer.value(prefix, "ExecutionRoleName", executionRoleName)
        writer.value(prefix, "PermissionModel", permissionModel)
        writer.value(prefix, "AutoDeployment", autoDeployment)
        writer.value(prefix, "CallAs", callAs)
        writer.value(prefix, "ClientRequestToken", clientRequestToken)
        writer.value(prefix, "ManagedExecution", managedExecution)
    }
}

extension CloudFormationAPI.CreateStackSetResponse: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            stackSetId: xml.value("StackSetId"))
    }
}
