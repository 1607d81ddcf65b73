// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `CreateOrganizationalUnit`.
    public struct CreateOrganizationalUnitRequest: Codable, Sendable, Equatable {
        /// ID for the parent root or OU that you want to create the new OU in.
        public var parentId: String
        /// The friendly name to assign to the new OU.
        public var name: String
        /// A list of tags that you want to attach to the newly created OU.
        public var tags: [Tag]?

        /// Creates a value; members AWS marks as required have no default.
        public init(parentId: String, name: String, tags: [Tag]? = nil) {
            self.parentId = parentId
            self.name = name
            self.tags = tags
        }

        enum CodingKeys: String, CodingKey {
            case parentId = "ParentId"
            case name = "Name"
            case tags = "Tags"
        }
    }

    /// The output of `CreateOrganizationalUnit`.
    public struct CreateOrganizationalUnitResponse: Codable, Sendable, Equatable {
        /// A structure that contains details about the newly created OU.
        public var organizationalUnit: OrganizationalUnit?

        /// Creates a value; members AWS marks as required have no default.
        public init(organizationalUnit: OrganizationalUnit? = nil) {
            self.organizationalUnit = organizationalUnit
        }

        enum CodingKeys: String, CodingKey {
            case organizationalUnit = "OrganizationalUnit"
        }
    }
}
