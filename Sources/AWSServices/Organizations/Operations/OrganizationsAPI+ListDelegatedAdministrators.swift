// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `ListDelegatedAdministrators`.
    public struct ListDelegatedAdministratorsRequest: Codable, Sendable, Equatable {
        /// Specifies a service principal name.
        public var servicePrincipal: String?
        /// The parameter for receiving additional results if you receive a NextToken response in a previous request.
        public var nextToken: String?
        /// The maximum number of items to return in the response.
        public var maxResults: Int?

        /// Creates a value; members AWS marks as required have no default.
        public init(servicePrincipal: String? = nil, nextToken: String? = nil, maxResults: Int? = nil) {
            self.servicePrincipal = servicePrincipal
            self.nextToken = nextToken
            self.maxResults = maxResults
        }

        enum CodingKeys: String, CodingKey {
            case servicePrincipal = "ServicePrincipal"
            case nextToken = "NextToken"
            case maxResults = "MaxResults"
        }
    }

    /// The output of `ListDelegatedAdministrators`.
    public struct ListDelegatedAdministratorsResponse: Codable, Sendable, Equatable {
        /// The list of delegated administrators in your organization.
        public var delegatedAdministrators: [DelegatedAdministrator]?
        /// If present, indicates that more output is available than is included in the current response.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(delegatedAdministrators: [DelegatedAdministrator]? = nil, nextToken: String? = nil) {
            self.delegatedAdministrators = delegatedAdministrators
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case delegatedAdministrators = "DelegatedAdministrators"
            case nextToken = "NextToken"
        }
    }
}
