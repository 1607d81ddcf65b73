// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `DeregisterDelegatedAdministrator`.
    public struct DeregisterDelegatedAdministratorRequest: Codable, Sendable, Equatable {
        /// The account ID number of the member account in the organization that you want to deregister as a delegated administrator.
        public var accountId: String
        /// The service principal name of an Amazon Web Services service for which the account is a delegated administrator.
        public var servicePrincipal: String

        /// Creates a value; members AWS marks as required have no default.
        public init(accountId: String, servicePrincipal: String) {
            self.accountId = accountId
            self.servicePrincipal = servicePrincipal
        }

        enum CodingKeys: String, CodingKey {
            case accountId = "AccountId"
            case servicePrincipal = "ServicePrincipal"
        }
    }
}
