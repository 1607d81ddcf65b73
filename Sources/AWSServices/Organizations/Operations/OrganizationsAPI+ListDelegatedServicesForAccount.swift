// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `ListDelegatedServicesForAccount`.
    public struct ListDelegatedServicesForAccountRequest: Codable, Sendable, Equatable {
        /// The account ID number of a delegated administrator account in the organization.
        public var accountId: String
        /// The parameter for receiving additional results if you receive a NextToken response in a previous request.
        public var nextToken: String?
        /// The maximum number of items to return in the response.
        public var maxResults: Int?

        /// Creates a value; members AWS marks as required have no default.
        public init(accountId: String, nextToken: String? = nil, maxResults: Int? = nil) {
            self.accountId = accountId
            self.nextToken = nextToken
            self.maxResults = maxResults
        }

        enum CodingKeys: String, CodingKey {
            case accountId = "AccountId"
            case nextToken = "NextToken"
            case maxResults = "MaxResults"
        }
    }

    /// The output of `ListDelegatedServicesForAccount`.
    public struct ListDelegatedServicesForAccountResponse: Codable, Sendable, Equatable {
        /// The services for which the account is a delegated administrator.
        public var delegatedServices: [DelegatedService]?
        /// If present, indicates that more output is available than is included in the current response.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(delegatedServices: [DelegatedService]? = nil, nextToken: String? = nil) {
            self.delegatedServices = delegatedServices
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case delegatedServices = "DelegatedServices"
            case nextToken = "NextToken"
        }
    }
}
