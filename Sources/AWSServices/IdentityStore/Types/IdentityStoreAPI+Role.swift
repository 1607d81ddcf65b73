// Generated from the botocore model of identitystore 2020-06-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension IdentityStoreAPI {
    /// The role associated with the user.
    public struct Role: Codable, Sendable, Equatable {
        /// A string containing a role name. Sensitive: never printed.
        public var value: String?
        /// A string representing the type of role. Sensitive: never printed.
        public var `type`: String?
        /// A Boolean value representing whether this is the primary role for the associated resource.
        public var primary: Bool?

        /// Creates a value; members AWS marks as required have no default.
        public init(value: String? = nil, type: String? = nil, primary: Bool? = nil) {
            self.value = value
            self.type = type
            self.primary = primary
        }

        enum CodingKeys: String, CodingKey {
            case value = "Value"
            case `type` = "Type"
            case primary = "Primary"
        }
    }
}

extension IdentityStoreAPI.Role: CustomDebugStringConvertible, CustomReflectable {
    /// The shape with its sensitive members redacted, so a value can be logged safely.
    public var debugDescription: String { "Role(value: <redacted>, type: <redacted>, primary: \(String(describing: self.primary)))" }

    /// What `print`, `dump` and interpolation show: sensitive members as `<redacted>`.
    public var customMirror: Mirror {
        Mirror(self, children: ["value": "<redacted>" as Any, "type": "<redacted>" as Any, "primary": self.primary as Any], displayStyle: .struct)
    }
}
