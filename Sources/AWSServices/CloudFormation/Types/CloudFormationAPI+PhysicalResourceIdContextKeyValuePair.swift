// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// Context information that enables CloudFormation to uniquely identify a resource.
    public struct PhysicalResourceIdContextKeyValuePair: Codable, Sendable, Equatable {
        /// The resource context key.
        public var key: String?
        /// The resource context value.
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

extension CloudFormationAPI.PhysicalResourceIdContextKeyValuePair: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            key: xml.value("Key"),
            value: xml.value("Value"))
    }
}
