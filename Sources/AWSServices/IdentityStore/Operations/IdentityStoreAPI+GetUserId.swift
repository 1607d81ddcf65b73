// Generated from the botocore model of identitystore 2020-06-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension IdentityStoreAPI {
    /// The input of `GetUserId`.
    public struct GetUserIdRequest: Codable, Sendable, Equatable {
        /// The globally unique identifier for the identity store.
        public var identityStoreId: String
        /// A unique identifier for a user or group that is not the primary identifier.
        public var alternateIdentifier: AlternateIdentifier

        /// Creates a value; members AWS marks as required have no default.
        public init(identityStoreId: String, alternateIdentifier: AlternateIdentifier) {
            self.identityStoreId = identityStoreId
            self.alternateIdentifier = alternateIdentifier
        }

        enum CodingKeys: String, CodingKey {
            case identityStoreId = "IdentityStoreId"
            case alternateIdentifier = "AlternateIdentifier"
        }
    }

    /// The output of `GetUserId`.
    public struct GetUserIdResponse: Codable, Sendable, Equatable {
        /// The globally unique identifier for the identity store.
        public var identityStoreId: String?
        /// The identifier for a user in the identity store.
        public var userId: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(identityStoreId: String? = nil, userId: String? = nil) {
            self.identityStoreId = identityStoreId
            self.userId = userId
        }

        enum CodingKeys: String, CodingKey {
            case identityStoreId = "IdentityStoreId"
            case userId = "UserId"
        }
    }
}
