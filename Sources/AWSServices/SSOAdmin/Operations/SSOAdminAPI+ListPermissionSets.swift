// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// The input of `ListPermissionSets`.
    public struct ListPermissionSetsRequest: Codable, Sendable, Equatable {
        /// The ARN of the IAM Identity Center instance under which the operation will be executed.
        public var instanceArn: String
        /// The pagination token for the list API.
        public var nextToken: String?
        /// The maximum number of results to display for the assignment.
        public var maxResults: Int?

        /// Creates a value; members AWS marks as required have no default.
        public init(instanceArn: String, nextToken: String? = nil, maxResults: Int? = nil) {
            self.instanceArn = instanceArn
            self.nextToken = nextToken
            self.maxResults = maxResults
        }

        enum CodingKeys: String, CodingKey {
            case instanceArn = "InstanceArn"
            case nextToken = "NextToken"
            case maxResults = "MaxResults"
        }
    }

    /// The output of `ListPermissionSets`.
    public struct ListPermissionSetsResponse: Codable, Sendable, Equatable {
        /// Defines the level of access on an Amazon Web Services account.
        public var permissionSets: [String]?
        /// The pagination token for the list API.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(permissionSets: [String]? = nil, nextToken: String? = nil) {
            self.permissionSets = permissionSets
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case permissionSets = "PermissionSets"
            case nextToken = "NextToken"
        }
    }
}
