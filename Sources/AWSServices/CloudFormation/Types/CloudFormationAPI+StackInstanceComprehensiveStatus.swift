// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// The detailed status of the stack instance.
    public struct StackInstanceComprehensiveStatus: Codable, Sendable, Equatable {
        /// CANCELLED : The operation in the specified account and Region has been canceled.
        public var detailedStatus: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(detailedStatus: String? = nil) {
            self.detailedStatus = detailedStatus
        }

        enum CodingKeys: String, CodingKey {
            case detailedStatus = "DetailedStatus"
        }
    }
}

extension CloudFormationAPI.StackInstanceComprehensiveStatus: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            detailedStatus: xml.value("DetailedStatus"))
    }
}
