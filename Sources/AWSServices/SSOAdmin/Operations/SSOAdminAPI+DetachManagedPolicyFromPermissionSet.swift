// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// The input of `DetachManagedPolicyFromPermissionSet`.
    public struct DetachManagedPolicyFromPermissionSetRequest: Codable, Sendable, Equatable {
        /// The ARN of the IAM Identity Center instance under which the operation will be executed.
        public var instanceArn: String
        /// The ARN of the PermissionSet from which the policy should be detached.
        public var permissionSetArn: String
        /// The Amazon Web Services managed policy ARN to be detached from a permission set.
        public var managedPolicyArn: String

        /// Creates a value; members AWS marks as required have no default.
        public init(instanceArn: String, permissionSetArn: String, managedPolicyArn: String) {
            self.instanceArn = instanceArn
            self.permissionSetArn = permissionSetArn
            self.managedPolicyArn = managedPolicyArn
        }

        enum CodingKeys: String, CodingKey {
            case instanceArn = "InstanceArn"
            case permissionSetArn = "PermissionSetArn"
            case managedPolicyArn = "ManagedPolicyArn"
        }
    }
}
