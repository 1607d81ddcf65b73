// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// The input of `PutInlinePolicyToPermissionSet`.
    public struct PutInlinePolicyToPermissionSetRequest: Codable, Sendable, Equatable {
        /// The ARN of the IAM Identity Center instance under which the operation will be executed.
        public var instanceArn: String
        /// The ARN of the permission set.
        public var permissionSetArn: String
        /// The inline policy to attach to a PermissionSet .
        public var inlinePolicy: String

        /// Creates a value; members AWS marks as required have no default.
        public init(instanceArn: String, permissionSetArn: String, inlinePolicy: String) {
            self.instanceArn = instanceArn
            self.permissionSetArn = permissionSetArn
            self.inlinePolicy = inlinePolicy
        }

        enum CodingKeys: String, CodingKey {
            case instanceArn = "InstanceArn"
            case permissionSetArn = "PermissionSetArn"
            case inlinePolicy = "InlinePolicy"
        }
    }
}
