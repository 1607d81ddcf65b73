// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `UntagResource`.
    public struct UntagResourceRequest: Codable, Sendable, Equatable {
        /// The ID of the resource to remove a tag from.
        public var resourceId: String
        /// The list of keys for tags to remove from the specified resource.
        public var tagKeys: [String]

        /// Creates a value; members AWS marks as required have no default.
        public init(resourceId: String, tagKeys: [String]) {
            self.resourceId = resourceId
            self.tagKeys = tagKeys
        }

        enum CodingKeys: String, CodingKey {
            case resourceId = "ResourceId"
            case tagKeys = "TagKeys"
        }
    }
}
