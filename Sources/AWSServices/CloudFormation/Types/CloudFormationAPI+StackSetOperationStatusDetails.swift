// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// Detailed information about the StackSet operation.
    public struct StackSetOperationStatusDetails: Codable, Sendable, Equatable {
        /// The number of stack instances for which the StackSet operation failed.
        public var failedStackInstancesCount: Int?

        /// Creates a value; members AWS marks as required have no default.
        public init(failedStackInstancesCount: Int? = nil) {
            self.failedStackInstancesCount = failedStackInstancesCount
        }

        enum CodingKeys: String, CodingKey {
            case failedStackInstancesCount = "FailedStackInstancesCount"
        }
    }
}

extension CloudFormationAPI.StackSetOperationStatusDetails: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            failedStackInstancesCount: xml.value("FailedStackInstancesCount"))
    }
}
