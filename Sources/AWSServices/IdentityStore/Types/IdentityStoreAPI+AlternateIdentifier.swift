// Generated from the botocore model of identitystore 2020-06-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension IdentityStoreAPI {
    /// A unique identifier for a user or group that is not the primary identifier.
    ///
    /// AWS models this as a union: set exactly one member.
    public struct AlternateIdentifier: Codable, Sendable, Equatable {
        /// The identifier issued to this resource by an external identity provider.
        public var externalId: ExternalId?
        /// An entity attribute that's unique to a specific entity.
        public var uniqueAttribute: UniqueAttribute?

        /// Creates a value; members AWS marks as required have no default.
        public init(externalId: ExternalId? = nil, uniqueAttribute: UniqueAttribute? = nil) {
            self.externalId = externalId
            self.uniqueAttribute = uniqueAttribute
        }

        enum CodingKeys: String, CodingKey {
            case externalId = "ExternalId"
            case uniqueAttribute = "UniqueAttribute"
        }
    }
}
