// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// The assignment that indicates a principal's limited access to a specified Amazon Web Services account with a specified permission set.
    public struct AccountAssignment: Codable, Sendable, Equatable {
        /// The identifier of the Amazon Web Services account.
        public var accountId: String?
        /// The ARN of the permission set.
        public var permissionSetArn: String?
        /// The entity type for which the assignment will be created.
        public var principalType: String?
        /// An identifier for an object in IAM Identity Center, such as a user or group.
        public var principalId: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(accountId: String? = nil, permissionSetArn: String? = nil, principalType: String? = nil, principalId: String? = nil) {
            self.accountId = accountId
            self.permissionSetArn = permissionSetArn
            self.principalType = principalType
            self.principalId = principalId
        }

        enum CodingKeys: String, CodingKey {
            case accountId = "AccountId"
            case permissionSetArn = "PermissionSetArn"
            case principalType = "PrincipalType"
            case principalId = "PrincipalId"
        }
    }
}
