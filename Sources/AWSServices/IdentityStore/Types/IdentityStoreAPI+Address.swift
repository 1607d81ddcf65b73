// Generated from the botocore model of identitystore 2020-06-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension IdentityStoreAPI {
    /// The address associated with the specified user.
    public struct Address: Codable, Sendable, Equatable {
        /// The street of the address. Sensitive: never printed.
        public var streetAddress: String?
        /// A string of the address locality. Sensitive: never printed.
        public var locality: String?
        /// The region of the address. Sensitive: never printed.
        public var region: String?
        /// The postal code of the address. Sensitive: never printed.
        public var postalCode: String?
        /// The country of the address. Sensitive: never printed.
        public var country: String?
        /// A string containing a formatted version of the address for display. Sensitive: never printed.
        public var formatted: String?
        /// A string representing the type of address. Sensitive: never printed.
        public var `type`: String?
        /// A Boolean value representing whether this is the primary address for the associated resource.
        public var primary: Bool?

        /// Creates a value; members AWS marks as required have no default.
        public init(streetAddress: String? = nil, locality: String? = nil, region: String? = nil, postalCode: String? = nil, country: String? = nil, formatted: String? = nil, type: String? = nil, primary: Bool? = nil) {
            self.streetAddress = streetAddress
            self.locality = locality
            self.region = region
            self.postalCode = postalCode
            self.country = country
            self.formatted = formatted
            self.type = type
            self.primary = primary
        }

        enum CodingKeys: String, CodingKey {
            case streetAddress = "StreetAddress"
            case locality = "Locality"
            case region = "Region"
            case postalCode = "PostalCode"
            case country = "Country"
            case formatted = "Formatted"
            case `type` = "Type"
            case primary = "Primary"
        }
    }
}

extension IdentityStoreAPI.Address: CustomDebugStringConvertible, CustomReflectable {
    /// The shape with its sensitive members redacted, so a value can be logged safely.
    public var debugDescription: String { "Address(streetAddress: <redacted>, locality: <redacted>, region: <redacted>, postalCode: <redacted>, country: <redacted>, formatted: <redacted>, type: <redacted>, primary: \(String(describing: self.primary)))" }

    /// What `print`, `dump` and interpolation show: sensitive members as `<redacted>`.
    public var customMirror: Mirror {
        Mirror(self, children: ["streetAddress": "<redacted>" as Any, "locality": "<redacted>" as Any, "region": "<redacted>" as Any, "postalCode": "<redacted>" as Any, "country": "<redacted>" as Any, "formatted": "<redacted>" as Any, "type": "<redacted>" as Any, "primary": self.primary as Any], displayStyle: .struct)
    }
}
