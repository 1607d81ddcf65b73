// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// The input of `ListPermissionSetProvisioningStatus`.
    public struct ListPermissionSetProvisioningStatusRequest: Codable, Sendable, Equatable {
        /// The ARN of the IAM Identity Center instance under which the operation will be executed.
        public var instanceArn: String
        /// The maximum number of results to display for the assignment.
        public var maxResults: Int?
        /// The pagination token for the list API.
        public var nextToken: String?
        /// Filters results based on the passed attribute value.
        public var filter: OperationStatusFilter?

        /// Creates a value; members AWS marks as required have no default.
        public init(instanceArn: String, maxResults: Int? = nil, nextToken: String? = nil, filter: OperationStatusFilter? = nil) {
            self.instanceArn = instanceArn
            self.maxResults = maxResults
            self.nextToken = nextToken
            self.filter = filter
        }

        enum CodingKeys: String, CodingKey {
            case instanceArn = "InstanceArn"
            case maxResults = "MaxResults"
            case nextToken = "NextToken"
            case filter = "Filter"
        }
    }

    /// The output of `ListPermissionSetProvisioningStatus`.
    public struct ListPermissionSetProvisioningStatusResponse: Codable, Sendable, Equatable {
        /// The status object for the permission set provisioning operation.
        public var permissionSetsProvisioningStatus: [PermissionSetProvisioningStatusMetadata]?
        /// The pagination token for the list API.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(permissionSetsProvisioningStatus: [PermissionSetProvisioningStatusMetadata]? = nil, nextToken: String? = nil) {
            self.permissionSetsProvisioningStatus = permissionSetsProvisioningStatus
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case permissionSetsProvisioningStatus = "PermissionSetsProvisioningStatus"
            case nextToken = "NextToken"
        }
    }
}
