// Generated from the botocore model of identitystore 2020-06-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension IdentityStoreAPI {
    /// The input of `GetGroupId`.
    public struct GetGroupIdRequest: Codable, Sendable, Equatable {
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

    /// The output of `GetGroupId`.
    public struct GetGroupIdResponse: Codable, Sendable, Equatable {
        /// The identifier for a group in the identity store.
        public var groupId: String?
        /// The globally unique identifier for the identity store.
        public var identityStoreId: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(groupId: String? = nil, identityStoreId: String? = nil) {
            self.groupId = groupId
            self.identityStoreId = identityStoreId
        }

        enum CodingKeys: String, CodingKey {
            case groupId = "GroupId"
            case identityStoreId = "IdentityStoreId"
        }
    }
}
