// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// An entity that contains IAM policies.
    public struct PermissionSet: Codable, Sendable, Equatable {
        /// The name of the permission set.
        public var name: String?
        /// The ARN of the permission set.
        public var permissionSetArn: String?
        /// The description of the PermissionSet .
        public var description: String?
        /// The date that the permission set was created.
        public var createdDate: Date?
        /// The length of time that the application user sessions are valid for in the ISO-8601 standard.
        public var sessionDuration: String?
        /// Used to redirect users within the application during the federation authentication process.
        public var relayState: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(name: String? = nil, permissionSetArn: String? = nil, description: String? = nil, createdDate: Date? = nil, sessionDuration: String? = nil, relayState: String? = nil) {
            self.name = name
            self.permissionSetArn = permissionSetArn
            self.description = description
            self.createdDate = createdDate
            self.sessionDuration = sessionDuration
            self.relayState = relayState
        }

        enum CodingKeys: String, CodingKey {
            case name = "Name"
            case permissionSetArn = "PermissionSetArn"
            case description = "Description"
            case createdDate = "CreatedDate"
            case sessionDuration = "SessionDuration"
            case relayState = "RelayState"
        }
    }
}
