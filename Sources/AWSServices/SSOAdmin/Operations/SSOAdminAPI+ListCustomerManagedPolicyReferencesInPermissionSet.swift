// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// The input of `ListCustomerManagedPolicyReferencesInPermissionSet`.
    public struct ListCustomerManagedPolicyReferencesInPermissionSetRequest: Codable, Sendable, Equatable {
        /// The ARN of the IAM Identity Center instance under which the operation will be executed.
        public var instanceArn: String
        /// The ARN of the PermissionSet .
        public var permissionSetArn: String
        /// The maximum number of results to display for the list call.
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

    /// The output of `ListCustomerManagedPolicyReferencesInPermissionSet`.
    public struct ListCustomerManagedPolicyReferencesInPermissionSetResponse: Codable, Sendable, Equatable {
        /// Specifies the names and paths of the customer managed policies that you have attached to your permission set.
        public var customerManagedPolicyReferences: [CustomerManagedPolicyReference]?
        /// The pagination token for the list API.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(customerManagedPolicyReferences: [CustomerManagedPolicyReference]? = nil, nextToken: String? = nil) {
            self.customerManagedPolicyReferences = customerManagedPolicyReferences
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case customerManagedPolicyReferences = "CustomerManagedPolicyReferences"
            case nextToken = "NextToken"
        }
    }
}
