// Generated from the botocore model of identitystore 2020-06-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension IdentityStoreAPI {
    /// A query filter used by ListUsers and ListGroups .
    public struct Filter: Codable, Sendable, Equatable {
        /// The attribute path that is used to specify which attribute name to search.
        public var attributePath: String
        /// Represents the data for an attribute. Sensitive: never printed.
        public var attributeValue: String

        /// Creates a value; members AWS marks as required have no default.
        public init(attributePath: String, attributeValue: String) {
            self.attributePath = attributePath
            self.attributeValue = attributeValue
        }

        enum CodingKeys: String, CodingKey {
            case attributePath = "AttributePath"
            case attributeValue = "AttributeValue"
        }
    }
}

extension IdentityStoreAPI.Filter: CustomDebugStringConvertible, CustomReflectable {
    /// The shape with its sensitive members redacted, so a value can be logged safely.
    public var debugDescription: String { "Filter(attributePath: \(String(describing: self.attributePath)), attributeValue: <redacted>)" }

    /// What `print`, `dump` and interpolation show: sensitive members as `<redacted>`.
    public var customMirror: Mirror {
        Mirror(self, children: ["attributePath": self.attributePath as Any, "attributeValue": "<redacted>" as Any], displayStyle: .struct)
    }
}
