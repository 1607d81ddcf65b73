// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `DisableAWSServiceAccess`.
    public struct DisableAWSServiceAccessRequest: Codable, Sendable, Equatable {
        /// The service principal name of the Amazon Web Services service for which you want to disable integration with your organization.
        public var servicePrincipal: String

        /// Creates a value; members AWS marks as required have no default.
        public init(servicePrincipal: String) {
            self.servicePrincipal = servicePrincipal
        }

        enum CodingKeys: String, CodingKey {
            case servicePrincipal = "ServicePrincipal"
        }
    }
}
