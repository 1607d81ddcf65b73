// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// The input of `ListPermissionSetsProvisionedToAccount`.
    public struct ListPermissionSetsProvisionedToAccountRequest: Codable, Sendable, Equatable {
        /// The ARN of the IAM Identity Center instance under which the operation will be executed.
        public var instanceArn: String
        /// The identifier of the Amazon Web Services account from which to list the assignments.
        public var accountId: String
        /// The status object for the permission set provisioning operation.
        public var provisioningStatus: String?
        /// The maximum number of results to display for the assignment.
        public var maxResults: Int?
        /// The pagination token for the list API.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(instanceArn: String, accountId: String, provisioningStatus: String? = nil, maxResults: Int? = nil, nextToken: String? = nil) {
            self.instanceArn = instanceArn
            self.accountId = accountId
            self.provisioningStatus = provisioningStatus
            self.maxResults = maxResults
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case instanceArn = "InstanceArn"
            case accountId = "AccountId"
            case provisioningStatus = "ProvisioningStatus"
            case maxResults = "MaxResults"
            case nextToken = "NextToken"
        }
    }

    /// The output of `ListPermissionSetsProvisionedToAccount`.
    public struct ListPermissionSetsProvisionedToAccountResponse: Codable, Sendable, Equatable {
        /// The pagination token for the list API.
        public var nextToken: String?
        /// Defines the level of access that an Amazon Web Services account has.
        public var permissionSets: [String]?

        /// Creates a value; members AWS marks as required have no default.
        public init(nextToken: String? = nil, permissionSets: [String]? = nil) {
            self.nextToken = nextToken
            self.permissionSets = permissionSets
        }

        enum CodingKeys: String, CodingKey {
            case nextToken = "NextToken"
            case permissionSets = "PermissionSets"
        }
    }
}
