// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// Contains a list of child entities, either OUs or accounts.
    public struct Child: Codable, Sendable, Equatable {
        /// The unique identifier (ID) of this child entity.
        public var id: String?
        /// The type of this child entity.
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
