// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The output of `DescribeOrganization`.
    public struct DescribeOrganizationResponse: Codable, Sendable, Equatable {
        /// A structure that contains information about the organization.
        public var organization: Organization?

        /// Creates a value; members AWS marks as required have no default.
        public init(organization: Organization? = nil) {
            self.organization = organization
        }

        enum CodingKeys: String, CodingKey {
            case organization = "Organization"
        }
    }
}
