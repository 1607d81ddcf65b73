// Generated from the botocore model of identitystore 2020-06-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension IdentityStoreAPI {
    /// A group object that contains the metadata and attributes for a specified group.
    public struct Group: Codable, Sendable, Equatable {
        /// The identifier for a group in the identity store.
        public var groupId: String?
        /// The display name value for the group. Sensitive: never printed.
        public var displayName: String?
        /// A list of ExternalId objects that contains the identifiers issued to this resource by an external identity provider.
        public var externalIds: [ExternalId]?
        /// A string containing a description of the specified group. Sensitive: never printed.
        public var description: String?
        /// The date and time the group was created.
        public var createdAt: Date?
        /// The date and time the group was last updated.
        public var updatedAt: Date?
        /// The identifier of the user or system that created the group.
        public var createdBy: String?
        /// The identifier of the user or system that last updated the group.
        public var updatedBy: String?
        /// The globally unique identifier for the identity store.
        public var identityStoreId: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(groupId: String? = nil, displayName: String? = nil, externalIds: [ExternalId]? = nil, description: String? = nil, createdAt: Date? = nil, updatedAt: Date? = nil, createdBy: String? = nil, updatedBy: String? = nil, identityStoreId: String? = nil) {
            self.groupId = groupId
            self.displayName = displayName
            self.externalIds = externalIds
            self.description = description
            self.createdAt = createdAt
            self.updatedAt = updatedAt
            self.createdBy = createdBy
            self.updatedBy = updatedBy
            self.identityStoreId = identityStoreId
        }

        enum CodingKeys: String, CodingKey {
            case groupId = "GroupId"
            case displayName = "DisplayName"
            case externalIds = "ExternalIds"
            case description = "Description"
            case createdAt = "CreatedAt"
            case updatedAt = "UpdatedAt"
            case createdBy = "CreatedBy"
            case updatedBy = "UpdatedBy"
            case identityStoreId = "IdentityStoreId"
        }
    }
}

extension IdentityStoreAPI.Group: CustomDebugStringConvertible, CustomReflectable {
    /// The shape with its sensitive members redacted, so a value can be logged safely.
    public var debugDescription: String { "Group(groupId: \(String(describing: self.groupId)), displayName: <redacted>, externalIds: \(String(describing: self.externalIds)), description: <redacted>, createdAt: \(String(describing: self.createdAt)), updatedAt: \(String(describing: self.updatedAt)), createdBy: \(String(describing: self.createdBy)), updatedBy: \(String(describing: self.updatedBy)), identityStoreId: \(String(describing: self.identityStoreId)))" }

    /// What `print`, `dump` and interpolation show: sensitive members as `<redacted>`.
    public var customMirror: Mirror {
        Mirror(self, children: ["groupId": self.groupId as Any, "displayName": "<redacted>" as Any, "externalIds": self.externalIds as Any, "description": "<redacted>" as Any, "createdAt": self.createdAt as Any, "updatedAt": self.updatedAt as Any, "createdBy": self.createdBy as Any, "updatedBy": self.updatedBy as Any, "identityStoreId": self.identityStoreId as Any], displayStyle: .struct)
    }
}
