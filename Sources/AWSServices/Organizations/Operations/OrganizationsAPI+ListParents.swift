// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `ListParents`.
    public struct ListParentsRequest: Codable, Sendable, Equatable {
        /// ID for the OU or account whose parent containers you want to list.
        public var childId: String
        /// The parameter for receiving additional results if you receive a NextToken response in a previous request.
        public var nextToken: String?
        /// The maximum number of items to return in the response.
        public var maxResults: Int?

        /// Creates a value; members AWS marks as required have no default.
        public init(childId: String, nextToken: String? = nil, maxResults: Int? = nil) {
            self.childId = childId
            self.nextToken = nextToken
            self.maxResults = maxResults
        }

        enum CodingKeys: String, CodingKey {
            case childId = "ChildId"
            case nextToken = "NextToken"
            case maxResults = "MaxResults"
        }
    }

    /// The output of `ListParents`.
    public struct ListParentsResponse: Codable, Sendable, Equatable {
        /// A list of parents for the specified child account or OU.
        public var parents: [Parent]?
        /// If present, indicates that more output is available than is included in the current response.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(parents: [Parent]? = nil, nextToken: String? = nil) {
            self.parents = parents
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case parents = "Parents"
            case nextToken = "NextToken"
        }
    }
}
