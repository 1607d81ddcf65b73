// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// The structures that contain summary information about the specified StackSet.
    public struct StackSetSummary: Codable, Sendable, Equatable {
        /// The name of the StackSet.
        public var stackSetName: String?
        /// The ID of the StackSet.
        public var stackSetId: String?
        /// A description of the StackSet that you specify when the StackSet is created or updated.
        public var description: String?
        /// The status of the StackSet.
        public var status: String?
        /// [Service-managed permissions] Describes whether StackSets automatically deploys to Organizations accounts that are added to a target organizational unit (OU).
        public var autoDeployment: AutoDeployment?
        /// Describes how the IAM roles required for StackSet operations are created.
        public var permissionModel: String?
        /// Status of the StackSet's actual configuration compared to its expected template and parameter configuration.
        public var driftStatus: String?
        /// Most recent time when CloudFormation performed a drift detection operation on the StackSet.
        public var lastDriftCheckTimestamp: Date?
        /// Describes whether StackSets performs non-conflicting operations concurrently and queues conflicting operations.
        public var managedExecution: ManagedExecution?

        /// Creates a value; members AWS marks as required have no default.
        public init(stackSetName: String? = nil, stackSetId: String? = nil, description: String? = nil, status: String? = nil, autoDeployment: AutoDeployment? = nil, permissionModel: String? = nil, driftStatus: String? = nil, lastDriftCheckTimestamp: Date? = nil, managedExecution: ManagedExecution? = nil) {
            self.stackSetName = stackSetName
            self.stackSetId = stackSetId
            self.description = description
            self.status = status
            self.autoDeployment = autoDeployment
            self.permissionModel = permissionModel
            self.driftStatus = driftStatus
            self.lastDriftCheckTimestamp = lastDriftCheckTimestamp
            self.managedExecution = managedExecution
        }

        enum CodingKeys: String, CodingKey {
            case stackSetName = "StackSetName"
            case stackSetId = "StackSetId"
            case description = "Description"
            case status = "Status"
            case autoDeployment = "AutoDeployment"
            case permissionModel = "PermissionModel"
            case driftStatus = "DriftStatus"
            case lastDriftCheckTimestamp = "LastDriftCheckTimestamp"
            case managedExecution = "ManagedExecution"
        }
    }
}

extension CloudFormationAPI.StackSetSummary: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            stackSetName: xml.value("StackSetName"),
            stackSetId: xml.value("StackSetId"),
            description: xml.value("Description"),
            status: xml.value("Status"),
            autoDeployment: xml.value("AutoDeployment"),
            permissionModel: xml.value("PermissionModel"),
            driftStatus: xml.value("DriftStatus"),
            lastDriftCheckTimestamp: xml.value("LastDriftCheckTimestamp"),
            managedExecution: xml.value("ManagedExecution"))
    }
}
