// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// Filters the operation status list based on the passed attribute value.
    public struct OperationStatusFilter: Codable, Sendable, Equatable {
        /// Filters the list operations result based on the status attribute.
        public var status: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(status: String? = nil) {
            self.status = status
        }

        enum CodingKeys: String, CodingKey {
            case status = "Status"
        }
    }
}
