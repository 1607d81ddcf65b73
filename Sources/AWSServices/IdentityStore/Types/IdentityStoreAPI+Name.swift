// Generated from the botocore model of identitystore 2020-06-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension IdentityStoreAPI {
    /// The full name of the user.
    public struct Name: Codable, Sendable, Equatable {
        /// A string containing a formatted version of the name for display. Sensitive: never printed.
        public var formatted: String?
        /// The family name of the user. Sensitive: never printed.
        public var familyName: String?
        /// The given name of the user. Sensitive: never printed.
        public var givenName: String?
        /// The middle name of the user. Sensitive: never printed.
        public var middleName: String?
        /// The honorific prefix of the user. Sensitive: never printed.
        public var honorificPrefix: String?
        /// The honorific suffix of the user. Sensitive: never printed.
        public var honorificSuffix: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(formatted: String? = nil, familyName: String? = nil, givenName: String? = nil, middleName: String? = nil, honorificPrefix: String? = nil, honorificSuffix: String? = nil) {
            self.formatted = formatted
            self.familyName = familyName
            self.givenName = givenName
            self.middleName = middleName
            self.honorificPrefix = honorificPrefix
            self.honorificSuffix = honorificSuffix
        }

        enum CodingKeys: String, CodingKey {
            case formatted = "Formatted"
            case familyName = "FamilyName"
            case givenName = "GivenName"
            case middleName = "MiddleName"
            case honorificPrefix = "HonorificPrefix"
            case honorificSuffix = "HonorificSuffix"
        }
    }
}

extension IdentityStoreAPI.Name: CustomDebugStringConvertible, CustomReflectable {
    /// The shape with its sensitive members redacted, so a value can be logged safely.
    public var debugDescription: String { "Name(formatted: <redacted>, familyName: <redacted>, givenName: <redacted>, middleName: <redacted>, honorificPrefix: <redacted>, honorificSuffix: <redacted>)" }

    /// What `print`, `dump` and interpolation show: sensitive members as `<redacted>`.
    public var customMirror: Mirror {
        Mirror(self, children: ["formatted": "<redacted>" as Any, "familyName": "<redacted>" as Any, "givenName": "<redacted>" as Any, "middleName": "<redacted>" as Any, "honorificPrefix": "<redacted>" as Any, "honorificSuffix": "<redacted>" as Any], displayStyle: .struct)
    }
}
