// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// The Tag type enables you to specify a key-value pair that can be used to store information about an CloudFormation stack.
    public struct Tag: Codable, Sendable, Equatable {
        /// A string used to identify this tag.
        public var key: String?
        /// A string that contains the value for this tag.
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

extension CloudFormationAPI.Tag: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {
        writer.value(prefix, "Key", key)
        writer.value(prefix, "Value", value)
    }
}

extension CloudFormationAPI.Tag: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            key: xml.value("Key"),
            value: xml.value("Value"))
    }
}
