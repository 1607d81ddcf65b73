// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `DeleteOrganizationalUnit`.
    public struct DeleteOrganizationalUnitRequest: Codable, Sendable, Equatable {
        /// ID for the organizational unit that you want to delete.
        public var organizationalUnitId: String

        /// Creates a value; members AWS marks as required have no default.
        public init(organizationalUnitId: String) {
            self.organizationalUnitId = organizationalUnitId
        }

        enum CodingKeys: String, CodingKey {
            case organizationalUnitId = "OrganizationalUnitId"
        }
    }
}
