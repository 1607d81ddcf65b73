// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// The input of `UpdatePermissionSet`.
    public struct UpdatePermissionSetRequest: Codable, Sendable, Equatable {
        /// The ARN of the IAM Identity Center instance under which the operation will be executed.
        public var instanceArn: String
        /// The ARN of the permission set.
        public var permissionSetArn: String
        /// The description of the PermissionSet .
        public var description: String?
        /// The length of time that the application user sessions are valid for in the ISO-8601 standard.
        public var sessionDuration: String?
        /// Used to redirect users within the application during the federation authentication process.
        public var relayState: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(instanceArn: String, permissionSetArn: String, description: String? = nil, sessionDuration: String? = nil, relayState: String? = nil) {
            self.instanceArn = instanceArn
            self.permissionSetArn = permissionSetArn
            self.description = description
            self.sessionDuration = sessionDuration
            self.relayState = relayState
        }

        enum CodingKeys: String, CodingKey {
            case instanceArn = "InstanceArn"
            case permissionSetArn = "PermissionSetArn"
            case description = "Description"
            case sessionDuration = "SessionDuration"
            case relayState = "RelayState"
        }
    }
}
