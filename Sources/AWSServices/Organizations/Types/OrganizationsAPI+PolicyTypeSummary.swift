// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// Contains information about a policy type and its status in the associated root.
    public struct PolicyTypeSummary: Codable, Sendable, Equatable {
        /// The name of the policy type.
        public var `type`: String?
        /// The status of the policy type as it relates to the associated root.
        public var status: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(type: String? = nil, status: String? = nil) {
            self.type = type
            self.status = status
        }

        enum CodingKeys: String, CodingKey {
            case `type` = "Type"
            case status = "Status"
        }
    }
}
