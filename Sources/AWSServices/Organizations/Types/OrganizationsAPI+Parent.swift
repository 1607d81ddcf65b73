// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// Contains information about either a root or an organizational unit (OU) that can contain OUs or accounts in an organization.
    public struct Parent: Codable, Sendable, Equatable {
        /// The unique identifier (ID) of the parent entity.
        public var id: String?
        /// The type of the parent entity.
        public var `type`: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(id: String? = nil, type: String? = nil) {
            self.id = id
            self.type = type
        }

        enum CodingKeys: String, CodingKey {
            case id = "Id"
            case `type` = "Type"
        }
    }
}
