// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// The input of `TagResource`.
    public struct TagResourceRequest: Codable, Sendable, Equatable {
        /// The ARN of the IAM Identity Center instance under which the operation will be executed.
        public var instanceArn: String?
        /// The ARN of the resource with the tags to be listed.
        public var resourceArn: String
        /// A set of key-value pairs that are used to manage the resource.
        public var tags: [Tag]

        /// Creates a value; members AWS marks as required have no default.
        public init(instanceArn: String? = nil, resourceArn: String, tags: [Tag]) {
            self.instanceArn = instanceArn
            self.resourceArn = resourceArn
            self.tags = tags
        }

        enum CodingKeys: String, CodingKey {
            case instanceArn = "InstanceArn"
            case resourceArn = "ResourceArn"
            case tags = "Tags"
        }
    }
}
