// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `TagResource`.
    public struct TagResourceRequest: Codable, Sendable, Equatable {
        /// The ID of the resource to add a tag to.
        public var resourceId: String
        /// A list of tags to add to the specified resource.
        public var tags: [Tag]

        /// Creates a value; members AWS marks as required have no default.
        public init(resourceId: String, tags: [Tag]) {
            self.resourceId = resourceId
            self.tags = tags
        }

        enum CodingKeys: String, CodingKey {
            case resourceId = "ResourceId"
            case tags = "Tags"
        }
    }
}
