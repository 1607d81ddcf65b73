// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// The input of `UntagResource`.
    public struct UntagResourceRequest: Codable, Sendable, Equatable {
        /// The ARN of the IAM Identity Center instance under which the operation will be executed.
        public var instanceArn: String?
        /// The ARN of the resource with the tags to be listed.
        public var resourceArn: String
        /// The keys of tags that are attached to the resource.
        public var tagKeys: [String]

        /// Creates a value; members AWS marks as required have no default.
        public init(instanceArn: String? = nil, resourceArn: String, tagKeys: [String]) {
            self.instanceArn = instanceArn
            self.resourceArn = resourceArn
            self.tagKeys = tagKeys
        }

        enum CodingKeys: String, CodingKey {
            case instanceArn = "InstanceArn"
            case resourceArn = "ResourceArn"
            case tagKeys = "TagKeys"
        }
    }
}
