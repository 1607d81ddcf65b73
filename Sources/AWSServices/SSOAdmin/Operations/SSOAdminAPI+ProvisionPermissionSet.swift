// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// The input of `ProvisionPermissionSet`.
    public struct ProvisionPermissionSetRequest: Codable, Sendable, Equatable {
        /// The ARN of the IAM Identity Center instance under which the operation will be executed.
        public var instanceArn: String
        /// The ARN of the permission set.
        public var permissionSetArn: String
        /// TargetID is an Amazon Web Services account identifier, (For example, 123456789012).
        public var targetId: String?
        /// The entity type for which the assignment will be created.
        public var targetType: String

        /// Creates a value; members AWS marks as required have no default.
        public init(instanceArn: String, permissionSetArn: String, targetId: String? = nil, targetType: String) {
            self.instanceArn = instanceArn
            self.permissionSetArn = permissionSetArn
            self.targetId = targetId
            self.targetType = targetType
        }

        enum CodingKeys: String, CodingKey {
            case instanceArn = "InstanceArn"
            case permissionSetArn = "PermissionSetArn"
            case targetId = "TargetId"
            case targetType = "TargetType"
        }
    }

    /// The output of `ProvisionPermissionSet`.
    public struct ProvisionPermissionSetResponse: Codable, Sendable, Equatable {
        /// The status object for the permission set provisioning operation.
        public var permissionSetProvisioningStatus: PermissionSetProvisioningStatus?

        /// Creates a value; members AWS marks as required have no default.
        public init(permissionSetProvisioningStatus: PermissionSetProvisioningStatus? = nil) {
            self.permissionSetProvisioningStatus = permissionSetProvisioningStatus
        }

        enum CodingKeys: String, CodingKey {
            case permissionSetProvisioningStatus = "PermissionSetProvisioningStatus"
        }
    }
}
