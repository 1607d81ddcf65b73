// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `ListPolicies`.
    public struct ListPoliciesRequest: Codable, Sendable, Equatable {
        /// Specifies the type of policy that you want to include in the response.
        public var filter: String
        /// The parameter for receiving additional results if you receive a NextToken response in a previous request.
        public var nextToken: String?
        /// The maximum number of items to return in the response.
        public var maxResults: Int?

        /// Creates a value; members AWS marks as required have no default.
        public init(filter: String, nextToken: String? = nil, maxResults: Int? = nil) {
            self.filter = filter
            self.nextToken = nextToken
            self.maxResults = maxResults
        }

        enum CodingKeys: String, CodingKey {
            case filter = "Filter"
            case nextToken = "NextToken"
            case maxResults = "MaxResults"
        }
    }

    /// The output of `ListPolicies`.
    public struct ListPoliciesResponse: Codable, Sendable, Equatable {
        /// A list of policies that match the filter criteria in the request.
        public var policies: [PolicySummary]?
        /// If present, indicates that more output is available than is included in the current response.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(policies: [PolicySummary]? = nil, nextToken: String? = nil) {
            self.policies = policies
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case policies = "Policies"
            case nextToken = "NextToken"
        }
    }
}
