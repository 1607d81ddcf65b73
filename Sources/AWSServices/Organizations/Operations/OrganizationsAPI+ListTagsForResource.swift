// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `ListTagsForResource`.
    public struct ListTagsForResourceRequest: Codable, Sendable, Equatable {
        /// The ID of the resource with the tags to list.
        public var resourceId: String
        /// The parameter for receiving additional results if you receive a NextToken response in a previous request.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(resourceId: String, nextToken: String? = nil) {
            self.resourceId = resourceId
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case resourceId = "ResourceId"
            case nextToken = "NextToken"
        }
    }

    /// The output of `ListTagsForResource`.
    public struct ListTagsForResourceResponse: Codable, Sendable, Equatable {
        /// The tags that are assigned to the resource.
        public var tags: [Tag]?
        /// If present, indicates that more output is available than is included in the current response.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(tags: [Tag]? = nil, nextToken: String? = nil) {
            self.tags = tags
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case tags = "Tags"
            case nextToken = "NextToken"
        }
    }
}
