// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// The input of `ListAccountsForProvisionedPermissionSet`.
    public struct ListAccountsForProvisionedPermissionSetRequest: Codable, Sendable, Equatable {
        /// The ARN of the IAM Identity Center instance under which the operation will be executed.
        public var instanceArn: String
        /// The ARN of the PermissionSet from which the associated Amazon Web Services accounts will be listed.
        public var permissionSetArn: String
        /// The permission set provisioning status for an Amazon Web Services account.
        public var provisioningStatus: String?
        /// The maximum number of results to display for the PermissionSet .
        public var maxResults: Int?
        /// The pagination token for the list API.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(instanceArn: String, permissionSetArn: String, provisioningStatus: String? = nil, maxResults: Int? = nil, nextToken: String? = nil) {
            self.instanceArn = instanceArn
            self.permissionSetArn = permissionSetArn
            self.provisioningStatus = provisioningStatus
            self.maxResults = maxResults
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case instanceArn = "InstanceArn"
            case permissionSetArn = "PermissionSetArn"
            case provisioningStatus = "ProvisioningStatus"
            case maxResults = "MaxResults"
            case nextToken = "NextToken"
        }
    }

    /// The output of `ListAccountsForProvisionedPermissionSet`.
    public struct ListAccountsForProvisionedPermissionSetResponse: Codable, Sendable, Equatable {
        /// The list of Amazon Web Services AccountIds .
        public var accountIds: [String]?
        /// The pagination token for the list API.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(accountIds: [String]? = nil, nextToken: String? = nil) {
            self.accountIds = accountIds
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case accountIds = "AccountIds"
            case nextToken = "NextToken"
        }
    }
}
