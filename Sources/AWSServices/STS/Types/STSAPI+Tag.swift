// Generated from the botocore model of sts 2011-06-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension STSAPI {
    /// You can pass custom key-value pair attributes when you assume a role or federate a user.
    public struct Tag: Codable, Sendable, Equatable {
        /// The key for a session tag.
        public var key: String
        /// The value for a session tag.
        public var value: String

        /// Creates a value; members AWS marks as required have no default.
        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }

        enum CodingKeys: String, CodingKey {
            case key = "Key"
            case value = "Value"
        }
    }
}

extension STSAPI.Tag: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {
        writer.value(prefix, "Key", key)
        writer.value(prefix, "Value", value)
    }
}
