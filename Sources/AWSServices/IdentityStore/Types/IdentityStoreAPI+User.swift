// Generated from the botocore model of identitystore 2020-06-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension IdentityStoreAPI {
    /// A user object that contains the metadata and attributes for a specified user.
    public struct User: Codable, Sendable, Equatable {
        /// The globally unique identifier for the identity store.
        public var identityStoreId: String?
        /// The identifier for a user in the identity store.
        public var userId: String?
        /// A unique string used to identify the user. Sensitive: never printed.
        public var userName: String?
        /// A list of ExternalId objects that contains the identifiers issued to this resource by an external identity provider.
        public var externalIds: [ExternalId]?
        /// An object containing the name of the user.
        public var name: Name?
        /// A string containing the name of the user that is formatted for display when the user is referenced. Sensitive: never printed.
        public var displayName: String?
        /// A string containing an alternate name for the user. Sensitive: never printed.
        public var nickName: String?
        /// A string containing a URL that might be associated with the user. Sensitive: never printed.
        public var profileUrl: String?
        /// A list of Email objects containing email addresses associated with the user.
        public var emails: [Email]?
        /// A list of Address objects containing addresses associated with the user.
        public var addresses: [Address]?
        /// A list of PhoneNumber objects containing phone numbers associated with the user.
        public var phoneNumbers: [PhoneNumber]?
        /// A string indicating the type of user. Sensitive: never printed.
        public var userType: String?
        /// A string containing the title of the user. Sensitive: never printed.
        public var title: String?
        /// A string containing the preferred language of the user. Sensitive: never printed.
        public var preferredLanguage: String?
        /// A string containing the geographical region or location of the user. Sensitive: never printed.
        public var locale: String?
        /// A string containing the time zone of the user. Sensitive: never printed.
        public var timezone: String?
        /// The current status of the user account.
        public var userStatus: String?
        /// A list of photos associated with the user.
        public var photos: [Photo]?
        /// The user's personal website or blog URL. Sensitive: never printed.
        public var website: String?
        /// The user's birthdate in YYYY-MM-DD format. Sensitive: never printed.
        public var birthdate: String?
        /// A list of Role objects containing roles associated with the user.
        public var roles: [Role]?
        /// The date and time the user was created.
        public var createdAt: Date?
        /// The identifier of the user or system that created the user.
        public var createdBy: String?
        /// The date and time the user was last updated.
        public var updatedAt: Date?
        /// The identifier of the user or system that last updated the user.
        public var updatedBy: String?
        /// A map of explicitly requested attribute extensions associated with the user.
        public var extensions: [String: JSONValue]?

        /// Creates a value; members AWS marks as required have no default.
        public init(identityStoreId: String? = nil, userId: String? = nil, userName: String? = nil, externalIds: [ExternalId]? = nil, name: Name? = nil, displayName: String? = nil, nickName: String? = nil, profileUrl: String? = nil, emails: [Email]? = nil, addresses: [Address]? = nil, phoneNumbers: [PhoneNumber]? = nil, userType: String? = nil, title: String? = nil, preferredLanguage: String? = nil, locale: String? = nil, timezone: String? = nil, userStatus: String? = nil, photos: [Photo]? = nil, website: String? = nil, birthdate: String? = nil, roles: [Role]? = nil, createdAt: Date? = nil, createdBy: String? = nil, updatedAt: Date? = nil, updatedBy: String? = nil, extensions: [String: JSONValue]? = nil) {
            self.identityStoreId = identityStoreId
            self.userId = userId
            self.userName = userName
            self.externalIds = externalIds
            self.name = name
            self.displayName = displayName
            self.nickName = nickName
            self.profileUrl = profileUrl
            self.emails = emails
            self.addresses = addresses
            self.phoneNumbers = phoneNumbers
            self.userType = userType
            self.title = title
            self.preferredLanguage = preferredLanguage
            self.locale = locale
            self.timezone = timezone
            self.userStatus = userStatus
            self.photos = photos
            self.website = website
            self.birthdate = birthdate
            self.roles = roles
            self.createdAt = createdAt
            self.createdBy = createdBy
            self.updatedAt = updatedAt
            self.updatedBy = updatedBy
            self.extensions = extensions
        }

        enum CodingKeys: String, CodingKey {
            case identityStoreId = "IdentityStoreId"
            case userId = "UserId"
            case userName = "UserName"
            case externalIds = "ExternalIds"
            case name = "Name"
            case displayName = "DisplayName"
            case nickName = "NickName"
            case profileUrl = "ProfileUrl"
            case emails = "Emails"
            case addresses = "Addresses"
            case phoneNumbers = "PhoneNumbers"
            case userType = "UserType"
            case title = "Title"
            case preferredLanguage = "PreferredLanguage"
            case locale = "Locale"
            case timezone = "Timezone"
            case userStatus = "UserStatus"
            case photos = "Photos"
            case website = "Website"
            case birthdate = "Birthdate"
            case roles = "Roles"
            case createdAt = "CreatedAt"
            case createdBy = "CreatedBy"
            case updatedAt = "UpdatedAt"
            case updatedBy = "UpdatedBy"
            case extensions = "Extensions"
        }
    }
}

extension IdentityStoreAPI.User: CustomDebugStringConvertible, CustomReflectable {
    /// The shape with its sensitive members redacted, so a value can be logged safely.
    public var debugDescription: String { "User(identityStoreId: \(String(describing: self.identityStoreId)), userId: \(String(describing: self.userId)), userName: <redacted>, externalIds: \(String(describing: self.externalIds)), name: \(String(describing: self.name)), displayName: <redacted>, nickName: <redacted>, profileUrl: <redacted>, emails: \(String(describing: self.emails)), addresses: \(String(describing: self.addresses)), phoneNumbers: \(String(describing: self.phoneNumbers)), userType: <redacted>, title: <redacted>, preferredLanguage: <redacted>, locale: <redacted>, timezone: <redacted>, userStatus: \(String(describing: self.userStatus)), photos: \(String(describing: self.photos)), website: <redacted>, birthdate: <redacted>, roles: \(String(describing: self.roles)), createdAt: \(String(describing: self.createdAt)), createdBy: \(String(describing: self.createdBy)), updatedAt: \(String(describing: self.updatedAt)), updatedBy: \(String(describing: self.updatedBy)), extensions: \(String(describing: self.extensions)))" }

    /// What `print`, `dump` and interpolation show: sensitive members as `<redacted>`.
    public var customMirror: Mirror {
        Mirror(self, children: ["identityStoreId": self.identityStoreId as Any, "userId": self.userId as Any, "userName": "<redacted>" as Any, "externalIds": self.externalIds as Any, "name": self.name as Any, "displayName": "<redacted>" as Any, "nickName": "<redacted>" as Any, "profileUrl": "<redacted>" as Any, "emails": self.emails as Any, "addresses": self.addresses as Any, "phoneNumbers": self.phoneNumbers as Any, "userType": "<redacted>" as Any, "title": "<redacted>" as Any, "preferredLanguage": "<redacted>" as Any, "locale": "<redacted>" as Any, "timezone": "<redacted>" as Any, "userStatus": self.userStatus as Any, "photos": self.photos as Any, "website": "<redacted>" as Any, "birthdate": "<redacted>" as Any, "roles": self.roles as Any, "createdAt": self.createdAt as Any, "createdBy": self.createdBy as Any, "updatedAt": self.updatedAt as Any, "updatedBy": self.updatedBy as Any, "extensions": self.extensions as Any], displayStyle: .struct)
    }
}
