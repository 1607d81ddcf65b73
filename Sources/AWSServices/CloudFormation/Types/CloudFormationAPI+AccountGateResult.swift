// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// Structure that contains the results of the account gate function which CloudFormation invokes, if present, before proceeding with a StackSet operation in an account and…
    public struct AccountGateResult: Codable, Sendable, Equatable {
        /// The status of the account gate function.
        public var status: String?
        /// The reason for the account gate status assigned to this account and Region for the StackSet operation.
        public var statusReason: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(status: String? = nil, statusReason: String? = nil) {
            self.status = status
            self.statusReason = statusReason
        }

        enum CodingKeys: String, CodingKey {
            case status = "Status"
            case statusReason = "StatusReason"
        }
    }
}

extension CloudFormationAPI.AccountGateResult: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            status: xml.value("Status"),
            statusReason: xml.value("StatusReason"))
    }
}
