// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `ListChildren`.
    public struct ListChildrenRequest: Codable, Sendable, Equatable {
        /// The unique identifier (ID) for the parent root or OU whose children you want to list.
        public var parentId: String
        /// Filters the output to include only the specified child type.
        public var childType: String
        /// The parameter for receiving additional results if you receive a NextToken response in a previous request.
        public var nextToken: String?
        /// The maximum number of items to return in the response.
        public var maxResults: Int?

        /// Creates a value; members AWS marks as required have no default.
        public init(parentId: String, childType: String, nextToken: String? = nil, maxResults: Int? = nil) {
            self.parentId = parentId
            self.childType = childType
            self.nextToken = nextToken
            self.maxResults = maxResults
        }

        enum CodingKeys: String, CodingKey {
            case parentId = "ParentId"
            case childType = "ChildType"
            case nextToken = "NextToken"
            case maxResults = "MaxResults"
        }
    }

    /// The output of `ListChildren`.
    public struct ListChildrenResponse: Codable, Sendable, Equatable {
        /// The list of children of the specified parent container.
        public var children: [Child]?
        /// If present, indicates that more output is available than is included in the current response.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(children: [Child]? = nil, nextToken: String? = nil) {
            self.children = children
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case children = "Children"
            case nextToken = "NextToken"
        }
    }
}
