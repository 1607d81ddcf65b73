// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// Detailed information about the drift status of the StackSet.
    public struct StackSetDriftDetectionDetails: Codable, Sendable, Equatable {
        /// Status of the StackSet's actual configuration compared to its expected template and parameter configuration.
        public var driftStatus: String?
        /// The status of the StackSet drift detection operation.
        public var driftDetectionStatus: String?
        /// Most recent time when CloudFormation performed a drift detection operation on the StackSet.
        public var lastDriftCheckTimestamp: Date?
        /// The total number of stack instances belonging to this StackSet.
        public var totalStackInstancesCount: Int?
        /// The number of stack instances that have drifted from the expected template and parameter configuration of the StackSet.
        public var driftedStackInstancesCount: Int?
        /// The number of stack instances which match the expected template and parameter configuration of the StackSet.
        public var inSyncStackInstancesCount: Int?
        /// The number of stack instances that are currently being checked for drift.
        public var inProgressStackInstancesCount: Int?
        /// The number of stack instances for which the drift detection operation failed.
        public var failedStackInstancesCount: Int?

        /// Creates a value; members AWS marks as required have no default.
        public init(driftStatus: String? = nil, driftDetectionStatus: String? = nil, lastDriftCheckTimestamp: Date? = nil, totalStackInstancesCount: Int? = nil, driftedStackInstancesCount: Int? = nil, inSyncStackInstancesCount: Int? = nil, inProgressStackInstancesCount: Int? = nil, failedStackInstancesCount: Int? = nil) {
            self.driftStatus = driftStatus
            self.driftDetectionStatus = driftDetectionStatus
            self.lastDriftCheckTimestamp = lastDriftCheckTimestamp
            self.totalStackInstancesCount = totalStackInstancesCount
            self.driftedStackInstancesCount = driftedStackInstancesCount
            self.inSyncStackInstancesCount = inSyncStackInstancesCount
            self.inProgressStackInstancesCount = inProgressStackInstancesCount
            self.failedStackInstancesCount = failedStackInstancesCount
        }

        enum CodingKeys: String, CodingKey {
            case driftStatus = "DriftStatus"
            case driftDetectionStatus = "DriftDetectionStatus"
            case lastDriftCheckTimestamp = "LastDriftCheckTimestamp"
            case totalStackInstancesCount = "TotalStackInstancesCount"
            case driftedStackInstancesCount = "DriftedStackInstancesCount"
            case inSyncStackInstancesCount = "InSyncStackInstancesCount"
            case inProgressStackInstancesCount = "InProgressStackInstancesCount"
            case failedStackInstancesCount = "FailedStackInstancesCount"
        }
    }
}

extension CloudFormationAPI.StackSetDriftDetectionDetails: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            driftStatus: xml.value("DriftStatus"),
            driftDetectionStatus: xml.value("DriftDetectionStatus"),
            lastDriftCheckTimestamp: xml.value("LastDriftCheckTimestamp"),
            totalStackInstancesCount: xml.value("TotalStackInstancesCount"),
            driftedStackInstancesCount: xml.value("DriftedStackInstancesCount"),
            inSyncStackInstancesCount: xml.value("InSyncStackInstancesCount"),
            inProgressStackInstancesCount: xml.value("InProgressStackInstancesCount"),
            failedStackInstancesCount: xml.value("FailedStackInstancesCount"))
    }
}
