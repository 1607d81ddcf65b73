// Generated from the botocore model of identitystore 2020-06-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension IdentityStoreAPI {
    /// The identifier issued to this resource by an external identity provider.
    public struct ExternalId: Codable, Sendable, Equatable {
        /// The issuer for an external identifier. Sensitive: never printed.
        public var issuer: String?
        /// The identifier issued to this resource by an external identity provider. Sensitive: never printed.
        public var id: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(issuer: String? = nil, id: String? = nil) {
            self.issuer = issuer
            self.id = id
        }

        enum CodingKeys: String, CodingKey {
            case issuer = "Issuer"
            case id = "Id"
        }
    }
}

extension IdentityStoreAPI.ExternalId: CustomDebugStringConvertible, CustomReflectable {
    /// The shape with its sensitive members redacted, so a value can be logged safely.
    public var debugDescription: String { "ExternalId(issuer: <redacted>, id: <redacted>)" }

    /// What `print`, `dump` and interpolation show: sensitive members as `<redacted>`.
    public var customMirror: Mirror {
        Mirror(self, children: ["issuer": "<redacted>" as Any, "id": "<redacted>" as Any], displayStyle: .struct)
    }
}
