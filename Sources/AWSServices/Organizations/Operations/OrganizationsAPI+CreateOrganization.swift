// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `CreateOrganization`.
    public struct CreateOrganizationRequest: Codable, Sendable, Equatable {
        /// Specifies the feature set supported by the new organization.
        public var featureSet: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(featureSet: String? = nil) {
            self.featureSet = featureSet
        }

        enum CodingKeys: String, CodingKey {
            case featureSet = "FeatureSet"
        }
    }

    /// The output of `CreateOrganization`.
    public struct CreateOrganizationResponse: Codable, Sendable, Equatable {
        /// A structure that contains details about the newly created organization.
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
