// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// The structures that contain summary information about the specified operation.
    public struct StackSetOperationSummary: Codable, Sendable, Equatable {
        /// The unique ID of the StackSet operation.
        public var operationId: String?
        /// The type of operation: CREATE , UPDATE , or DELETE .
        public var action: String?
        /// The overall status of the operation.
        public var status: String?
        /// The time at which the operation was initiated.
        public var creationTimestamp: Date?
        /// The time at which the StackSet operation ended, across all accounts and Regions specified.
        public var endTimestamp: Date?
        /// The status of the operation in details.
        public var statusReason: String?
        /// Detailed information about the StackSet operation.
        public var statusDetails: StackSetOperationStatusDetails?
        /// The user-specified preferences for how CloudFormation performs a StackSet operation.
        public var operationPreferences: StackSetOperationPreferences?

        /// Creates a value; members AWS marks as required have no default.
        public init(operationId: String? = nil, action: String? = nil, status: String? = nil, creationTimestamp: Date? = nil, endTimestamp: Date? = nil, statusReason: String? = nil, statusDetails: StackSetOperationStatusDetails? = nil, operationPreferences: StackSetOperationPreferences? = nil) {
            self.operationId = operationId
            self.action = action
            self.status = status
            self.creationTimestamp = creationTimestamp
            self.endTimestamp = endTimestamp
            self.statusReason = statusReason
            self.statusDetails = statusDetails
            self.operationPreferences = operationPreferences
        }

        enum CodingKeys: String, CodingKey {
            case operationId = "OperationId"
            case action = "Action"
            case status = "Status"
            case creationTimestamp = "CreationTimestamp"
            case endTimestamp = "EndTimestamp"
            case statusReason = "StatusReason"
            case statusDetails = "StatusDetails"
            case operationPreferences = "OperationPreferences"
        }
    }
}

extension CloudFormationAPI.StackSetOperationSummary: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            operationId: xml.value("OperationId"),
            action: xml.value("Action"),
            status: xml.value("Status"),
            creationTimestamp: xml.value("CreationTimestamp"),
            endTimestamp: xml.value("EndTimestamp"),
            statusReason: xml.value("StatusReason"),
            statusDetails: xml.value("StatusDetails"),
            operationPreferences: xml.value("OperationPreferences"))
    }
}
