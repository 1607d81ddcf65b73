// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// A custom key-value pair associated with a resource within your organization.
    public struct Tag: Codable, Sendable, Equatable {
        /// The key identifier, or name, of the tag.
        public var key: String?
        /// The string value that's associated with the key of the tag.
        public var value: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(key: String? = nil, value: String? = nil) {
            self.key = key
            self.value = value
        }

        enum CodingKeys: String, CodingKey {
            case key = "Key"
            case value = "Value"
        }
    }
}
