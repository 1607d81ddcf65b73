// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// The input of `ListTagsForResource`.
    public struct ListTagsForResourceRequest: Codable, Sendable, Equatable {
        /// The ARN of the IAM Identity Center instance under which the operation will be executed.
        public var instanceArn: String?
        /// The ARN of the resource with the tags to be listed.
        public var resourceArn: String
        /// The pagination token for the list API.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(instanceArn: String? = nil, resourceArn: String, nextToken: String? = nil) {
            self.instanceArn = instanceArn
            self.resourceArn = resourceArn
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case instanceArn = "InstanceArn"
            case resourceArn = "ResourceArn"
            case nextToken = "NextToken"
        }
    }

    /// The output of `ListTagsForResource`.
    public struct ListTagsForResourceResponse: Codable, Sendable, Equatable {
        /// A set of key-value pairs that are used to manage the resource.
        public var tags: [Tag]?
        /// The pagination token for the list API.
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
