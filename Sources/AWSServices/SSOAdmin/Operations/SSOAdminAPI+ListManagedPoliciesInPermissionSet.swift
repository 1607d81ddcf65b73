// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// The input of `ListManagedPoliciesInPermissionSet`.
    public struct ListManagedPoliciesInPermissionSetRequest: Codable, Sendable, Equatable {
        /// The ARN of the IAM Identity Center instance under which the operation will be executed.
        public var instanceArn: String
        /// The ARN of the PermissionSet whose managed policies will be listed.
        public var permissionSetArn: String
        /// The maximum number of results to display for the PermissionSet .
        public var maxResults: Int?
        /// The pagination token for the list API.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(instanceArn: String, permissionSetArn: String, maxResults: Int? = nil, nextToken: String? = nil) {
            self.instanceArn = instanceArn
            self.permissionSetArn = permissionSetArn
            self.maxResults = maxResults
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case instanceArn = "InstanceArn"
            case permissionSetArn = "PermissionSetArn"
            case maxResults = "MaxResults"
            case nextToken = "NextToken"
        }
    }

    /// The output of `ListManagedPoliciesInPermissionSet`.
    public struct ListManagedPoliciesInPermissionSetResponse: Codable, Sendable, Equatable {
        /// An array of the AttachedManagedPolicy data type object.
        public var attachedManagedPolicies: [AttachedManagedPolicy]?
        /// The pagination token for the list API.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(attachedManagedPolicies: [AttachedManagedPolicy]? = nil, nextToken: String? = nil) {
            self.attachedManagedPolicies = attachedManagedPolicies
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case attachedManagedPolicies = "AttachedManagedPolicies"
            case nextToken = "NextToken"
        }
    }
}
