// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// A set of key-value pairs that are used to manage the resource.
    public struct Tag: Codable, Sendable, Equatable {
        /// The key for the tag.
        public var key: String?
        /// The value of the tag.
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
