// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// The input of `ListAccountAssignments`.
    public struct ListAccountAssignmentsRequest: Codable, Sendable, Equatable {
        /// The ARN of the IAM Identity Center instance under which the operation will be executed.
        public var instanceArn: String
        /// The identifier of the Amazon Web Services account from which to list the assignments.
        public var accountId: String
        /// The ARN of the permission set from which to list assignments.
        public var permissionSetArn: String
        /// The maximum number of results to display for the assignment.
        public var maxResults: Int?
        /// The pagination token for the list API.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(instanceArn: String, accountId: String, permissionSetArn: String, maxResults: Int? = nil, nextToken: String? = nil) {
            self.instanceArn = instanceArn
            self.accountId = accountId
            self.permissionSetArn = permissionSetArn
            self.maxResults = maxResults
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case instanceArn = "InstanceArn"
            case accountId = "AccountId"
            case permissionSetArn = "PermissionSetArn"
            case maxResults = "MaxResults"
            case nextToken = "NextToken"
        }
    }

    /// The output of `ListAccountAssignments`.
    public struct ListAccountAssignmentsResponse: Codable, Sendable, Equatable {
        /// The list of assignments that match the input Amazon Web Services account and permission set.
        public var accountAssignments: [AccountAssignment]?
        /// The pagination token for the list API.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(accountAssignments: [AccountAssignment]? = nil, nextToken: String? = nil) {
            self.accountAssignments = accountAssignments
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case accountAssignments = "AccountAssignments"
            case nextToken = "NextToken"
        }
    }
}
