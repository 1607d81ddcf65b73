// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// The input of `DescribePermissionSetProvisioningStatus`.
    public struct DescribePermissionSetProvisioningStatusRequest: Codable, Sendable, Equatable {
        /// The ARN of the IAM Identity Center instance under which the operation will be executed.
        public var instanceArn: String
        /// The identifier that is provided by the ProvisionPermissionSet call to retrieve the current status of the provisioning workflow.
        public var provisionPermissionSetRequestId: String

        /// Creates a value; members AWS marks as required have no default.
        public init(instanceArn: String, provisionPermissionSetRequestId: String) {
            self.instanceArn = instanceArn
            self.provisionPermissionSetRequestId = provisionPermissionSetRequestId
        }

        enum CodingKeys: String, CodingKey {
            case instanceArn = "InstanceArn"
            case provisionPermissionSetRequestId = "ProvisionPermissionSetRequestId"
        }
    }

    /// The output of `DescribePermissionSetProvisioningStatus`.
    public struct DescribePermissionSetProvisioningStatusResponse: Codable, Sendable, Equatable {
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
