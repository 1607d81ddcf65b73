// Generated from the botocore model of identitystore 2020-06-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension IdentityStoreAPI {
    /// An entity attribute that's unique to a specific entity.
    public struct UniqueAttribute: Codable, Sendable, Equatable {
        /// A string representation of the path to a given attribute or sub-attribute.
        public var attributePath: String
        /// The value of the attribute.
        public var attributeValue: JSONValue

        /// Creates a value; members AWS marks as required have no default.
        public init(attributePath: String, attributeValue: JSONValue) {
            self.attributePath = attributePath
            self.attributeValue = attributeValue
        }

        enum CodingKeys: String, CodingKey {
            case attributePath = "AttributePath"
            case attributeValue = "AttributeValue"
        }
    }
}
