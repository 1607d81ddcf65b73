// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// A structure that describes an assignment of an Amazon Web Services account to a principal and the permissions that principal has in the account.
    public struct AccountAssignmentForPrincipal: Codable, Sendable, Equatable {
        /// The account ID number of the Amazon Web Services account.
        public var accountId: String?
        /// The ARN of the IAM Identity Center permission set assigned to this principal for this Amazon Web Services account.
        public var permissionSetArn: String?
        /// The ID of the principal.
        public var principalId: String?
        /// The type of the principal.
        public var principalType: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(accountId: String? = nil, permissionSetArn: String? = nil, principalId: String? = nil, principalType: String? = nil) {
            self.accountId = accountId
            self.permissionSetArn = permissionSetArn
            self.principalId = principalId
            self.principalType = principalType
        }

        enum CodingKeys: String, CodingKey {
            case accountId = "AccountId"
            case permissionSetArn = "PermissionSetArn"
            case principalId = "PrincipalId"
            case principalType = "PrincipalType"
        }
    }
}
