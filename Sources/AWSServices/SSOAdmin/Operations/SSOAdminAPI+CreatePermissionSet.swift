// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// The input of `CreatePermissionSet`.
    public struct CreatePermissionSetRequest: Codable, Sendable, Equatable {
        /// The name of the PermissionSet .
        public var name: String
        /// The description of the PermissionSet .
        public var description: String?
        /// The ARN of the IAM Identity Center instance under which the operation will be executed.
        public var instanceArn: String
        /// The length of time that the application user sessions are valid in the ISO-8601 standard.
        public var sessionDuration: String?
        /// Used to redirect users within the application during the federation authentication process.
        public var relayState: String?
        /// The tags to attach to the new PermissionSet .
        public var tags: [Tag]?

        /// Creates a value; members AWS marks as required have no default.
        public init(name: String, description: String? = nil, instanceArn: String, sessionDuration: String? = nil, relayState: String? = nil, tags: [Tag]? = nil) {
            self.name = name
            self.description = description
            self.instanceArn = instanceArn
            self.sessionDuration = sessionDuration
            self.relayState = relayState
            self.tags = tags
        }

        enum CodingKeys: String, CodingKey {
            case name = "Name"
            case description = "Description"
            case instanceArn = "InstanceArn"
            case sessionDuration = "SessionDuration"
            case relayState = "RelayState"
            case tags = "Tags"
        }
    }

    /// The output of `CreatePermissionSet`.
    public struct CreatePermissionSetResponse: Codable, Sendable, Equatable {
        /// Defines the level of access on an Amazon Web Services account.
        public var permissionSet: PermissionSet?

        /// Creates a value; members AWS marks as required have no default.
        public init(permissionSet: PermissionSet? = nil) {
            self.permissionSet = permissionSet
        }

        enum CodingKeys: String, CodingKey {
            case permissionSet = "PermissionSet"
        }
    }
}
