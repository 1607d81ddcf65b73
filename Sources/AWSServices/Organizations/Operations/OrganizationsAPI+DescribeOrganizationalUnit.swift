// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `DescribeOrganizationalUnit`.
    public struct DescribeOrganizationalUnitRequest: Codable, Sendable, Equatable {
        /// ID for the organizational unit that you want details about.
        public var organizationalUnitId: String

        /// Creates a value; members AWS marks as required have no default.
        public init(organizationalUnitId: String) {
            self.organizationalUnitId = organizationalUnitId
        }

        enum CodingKeys: String, CodingKey {
            case organizationalUnitId = "OrganizationalUnitId"
        }
    }

    /// The output of `DescribeOrganizationalUnit`.
    public struct DescribeOrganizationalUnitResponse: Codable, Sendable, Equatable {
        /// A structure that contains details about the specified OU.
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
