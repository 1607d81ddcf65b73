// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `UpdateOrganizationalUnit`.
    public struct UpdateOrganizationalUnitRequest: Codable, Sendable, Equatable {
        /// ID for the OU that you want to rename.
        public var organizationalUnitId: String
        /// The new name that you want to assign to the OU.
        public var name: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(organizationalUnitId: String, name: String? = nil) {
            self.organizationalUnitId = organizationalUnitId
            self.name = name
        }

        enum CodingKeys: String, CodingKey {
            case organizationalUnitId = "OrganizationalUnitId"
            case name = "Name"
        }
    }

    /// The output of `UpdateOrganizationalUnit`.
    public struct UpdateOrganizationalUnitResponse: Codable, Sendable, Equatable {
        /// A structure that contains the details about the specified OU, including its new name.
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
