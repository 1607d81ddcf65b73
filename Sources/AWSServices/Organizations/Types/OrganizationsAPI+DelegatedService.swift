// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// Contains information about the Amazon Web Services service for which the account is a delegated administrator.
    public struct DelegatedService: Codable, Sendable, Equatable {
        /// The name of an Amazon Web Services service that can request an operation for the specified service.
        public var servicePrincipal: String?
        /// The date that the account became a delegated administrator for this service.
        public var delegationEnabledDate: Date?

        /// Creates a value; members AWS marks as required have no default.
        public init(servicePrincipal: String? = nil, delegationEnabledDate: Date? = nil) {
            self.servicePrincipal = servicePrincipal
            self.delegationEnabledDate = delegationEnabledDate
        }

        enum CodingKeys: String, CodingKey {
            case servicePrincipal = "ServicePrincipal"
            case delegationEnabledDate = "DelegationEnabledDate"
        }
    }
}
