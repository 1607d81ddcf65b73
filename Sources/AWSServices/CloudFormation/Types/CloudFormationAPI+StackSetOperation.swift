// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// The structure that contains information about a StackSet operation.
    public struct StackSetOperation: Codable, Sendable, Equatable {
        /// The unique ID of a StackSet operation.
        public var operationId: String?
        /// The ID of the StackSet.
        public var stackSetId: String?
        /// The type of StackSet operation: CREATE , UPDATE , or DELETE .
        public var action: String?
        /// The status of the operation.
        public var status: String?
        /// The preferences for how CloudFormation performs this StackSet operation.
        public var operationPreferences: StackSetOperationPreferences?
        /// For StackSet operations of action type DELETE , specifies whether to remove the stack instances from the specified StackSet, but doesn't delete the stacks.
        public var retainStacks: Bool?
        /// The Amazon Resource Name (ARN) of the IAM role used to perform this StackSet operation.
        public var administrationRoleARN: String?
        /// The name of the IAM execution role used to create or update the StackSet.
        public var executionRoleName: String?
        /// The time at which the operation was initiated.
        public var creationTimestamp: Date?
        /// The time at which the StackSet operation ended, across all accounts and Regions specified.
        public var endTimestamp: Date?
        /// The Organizations accounts affected by the stack operation.
        public var deploymentTargets: DeploymentTargets?
        /// Detailed information about the drift status of the StackSet.
        public var stackSetDriftDetectionDetails: StackSetDriftDetectionDetails?
        /// The status of the operation in details.
        public var statusReason: String?
        /// Detailed information about the StackSet operation.
        public var statusDetails: StackSetOperationStatusDetails?

        /// Creates a value; members AWS marks as required have no default.
        public init(operationId: String? = nil, stackSetId: String? = nil, action: String? = nil, status: String? = nil, operationPreferences: StackSetOperationPreferences? = nil, retainStacks: Bool? = nil, administrationRoleARN: String? = nil, executionRoleName: String? = nil, creationTimestamp: Date? = nil, endTimestamp: Date? = nil, deploymentTargets: DeploymentTargets? = nil, stackSetDriftDetectionDetails: StackSetDriftDetectionDetails? = nil, statusReason: String? = nil, statusDetails: StackSetOperationStatusDetails? = nil) {
            self.operationId = operationId
            self.stackSetId = stackSetId
            self.action = action
            self.status = status
            self.operationPreferences = operationPreferences
            self.retainStacks = retainStacks
            self.administrationRoleARN = administrationRoleARN
            self.executionRoleName = executionRoleName
            self.creationTimestamp = creationTimestamp
            self.endTimestamp = endTimestamp
            self.deploymentTargets = deploymentTargets
            self.stackSetDriftDetectionDetails = stackSetDriftDetectionDetails
            self.statusReason = statusReason
            self.statusDetails = statusDetails
        }

        enum CodingKeys: String, CodingKey {
            case operationId = "OperationId"
            case stackSetId = "StackSetId"
            case action = "Action"
            case status = "Status"
            case operationPreferences = "OperationPreferences"
            case retainStacks = "RetainStacks"
            case administrationRoleARN = "AdministrationRoleARN"
            case executionRoleName = "ExecutionRoleName"
            case creationTimestamp = "CreationTimestamp"
            case endTimestamp = "EndTimestamp"
            case deploymentTargets = "DeploymentTargets"
            case stackSetDriftDetectionDetails = "StackSetDriftDetectionDetails"
            case statusReason = "StatusReason"
            case statusDetails = "StatusDetails"
        }
    }
}

extension CloudFormationAPI.StackSetOperation: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            operationId: xml.value("OperationId"),
            stackSetId: xml.value("StackSetId"),
            action: xml.value("Action"),
            status: xml.value("Status"),
            operationPreferences: xml.value("OperationPreferences"),
            retainStacks: xml.value("RetainStacks"),
            administrationRoleARN: xml.value("AdministrationRoleARN"),
            executionRoleName: xml.value("ExecutionRoleName"),
            creationTimestamp: xml.value("CreationTimestamp"),
            endTimestamp: xml.value("EndTimestamp"),
            deploymentTargets: xml.value("DeploymentTargets"),
            stackSetDriftDetectionDetails: xml.value("StackSetDriftDetectionDetails"),
            statusReason: xml.value("StatusReason"),
            statusDetails: xml.value("StatusDetails"))
    }
}
