// Generated from the botocore model of identitystore 2020-06-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension IdentityStoreAPI {
    /// The input of `ListGroups`.
    public struct ListGroupsRequest: Codable, Sendable, Equatable {
        /// The globally unique identifier for the identity store, such as d-1234567890 .
        public var identityStoreId: String
        /// The maximum number of results to be returned per request.
        public var maxResults: Int?
        /// The pagination token used for the ListUsers and ListGroups API operations.
        public var nextToken: String?
        /// A list of Filter objects, which is used in the ListUsers and ListGroups requests.
        public var filters: [Filter]?

        /// Creates a value; members AWS marks as required have no default.
        public init(identityStoreId: String, maxResults: Int? = nil, nextToken: String? = nil, filters: [Filter]? = nil) {
            self.identityStoreId = identityStoreId
            self.maxResults = maxResults
            self.nextToken = nextToken
            self.filters = filters
        }

        enum CodingKeys: String, CodingKey {
            case identityStoreId = "IdentityStoreId"
            case maxResults = "MaxResults"
            case nextToken = "NextToken"
            case filters = "Filters"
        }
    }

    /// The output of `ListGroups`.
    public struct ListGroupsResponse: Codable, Sendable, Equatable {
        /// A list of Group objects in the identity store.
        public var groups: [Group]?
        /// The pagination token used for the ListUsers and ListGroups API operations.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(groups: [Group]? = nil, nextToken: String? = nil) {
            self.groups = groups
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case groups = "Groups"
            case nextToken = "NextToken"
        }
    }
}
