// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// The input of `CreateAccountAssignment`.
    public struct CreateAccountAssignmentRequest: Codable, Sendable, Equatable {
        /// The ARN of the IAM Identity Center instance under which the operation will be executed.
        public var instanceArn: String
        /// TargetID is an Amazon Web Services account identifier, (For example, 123456789012).
        public var targetId: String
        /// The entity type for which the assignment will be created.
        public var targetType: String
        /// The ARN of the permission set that the admin wants to grant the principal access to.
        public var permissionSetArn: String
        /// The entity type for which the assignment will be created.
        public var principalType: String
        /// An identifier for an object in IAM Identity Center, such as a user or group.
        public var principalId: String

        /// Creates a value; members AWS marks as required have no default.
        public init(instanceArn: String, targetId: String, targetType: String, permissionSetArn: String, principalType: String, principalId: String) {
            self.instanceArn = instanceArn
            self.targetId = targetId
            self.targetType = targetType
            self.permissionSetArn = permissionSetArn
            self.principalType = principalType
            self.principalId = principalId
        }

        enum CodingKeys: String, CodingKey {
            case instanceArn = "InstanceArn"
            case targetId = "TargetId"
            case targetType = "TargetType"
            case permissionSetArn = "PermissionSetArn"
            case principalType = "PrincipalType"
            case principalId = "PrincipalId"
        }
    }

    /// The output of `CreateAccountAssignment`.
    public struct CreateAccountAssignmentResponse: Codable, Sendable, Equatable {
        /// The status object for the account assignment creation operation.
        public var accountAssignmentCreationStatus: AccountAssignmentOperationStatus?

        /// Creates a value; members AWS marks as required have no default.
        public init(accountAssignmentCreationStatus: AccountAssignmentOperationStatus? = nil) {
            self.accountAssignmentCreationStatus = accountAssignmentCreationStatus
        }

        enum CodingKeys: String, CodingKey {
            case accountAssignmentCreationStatus = "AccountAssignmentCreationStatus"
        }
    }
}
