// Generated from the botocore model of identitystore 2020-06-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension IdentityStoreAPI {
    /// Contains information about a user's photo.
    public struct Photo: Codable, Sendable, Equatable {
        /// The photo data or URL. Sensitive: never printed.
        public var value: String?
        /// The type of photo. Sensitive: never printed.
        public var `type`: String?
        /// A human-readable description of the photo for display purposes. Sensitive: never printed.
        public var display: String?
        /// Specifies whether this is the user's primary photo.
        public var primary: Bool?

        /// Creates a value; members AWS marks as required have no default.
        public init(value: String? = nil, type: String? = nil, display: String? = nil, primary: Bool? = nil) {
            self.value = value
            self.type = type
            self.display = display
            self.primary = primary
        }

        enum CodingKeys: String, CodingKey {
            case value = "Value"
            case `type` = "Type"
            case display = "Display"
            case primary = "Primary"
        }
    }
}

extension IdentityStoreAPI.Photo: CustomDebugStringConvertible, CustomReflectable {
    /// The shape with its sensitive members redacted, so a value can be logged safely.
    public var debugDescription: String { "Photo(value: <redacted>, type: <redacted>, display: <redacted>, primary: \(String(describing: self.primary)))" }

    /// What `print`, `dump` and interpolation show: sensitive members as `<redacted>`.
    public var customMirror: Mirror {
        Mirror(self, children: ["value": "<redacted>" as Any, "type": "<redacted>" as Any, "display": "<redacted>" as Any, "primary": self.primary as Any], displayStyle: .struct)
    }
}
