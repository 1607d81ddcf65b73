// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// The input of `ListAccountAssignmentsForPrincipal`.
    public struct ListAccountAssignmentsForPrincipalRequest: Codable, Sendable, Equatable {
        /// Specifies the ARN of the instance of IAM Identity Center that contains the principal.
        public var instanceArn: String
        /// Specifies the principal for which you want to retrieve the list of account assignments.
        public var principalId: String
        /// Specifies the type of the principal.
        public var principalType: String
        /// Specifies an Amazon Web Services account ID number.
        public var filter: ListAccountAssignmentsFilter?
        /// Specifies that you want to receive the next page of results.
        public var nextToken: String?
        /// Specifies the total number of results that you want included in each response.
        public var maxResults: Int?

        /// Creates a value; members AWS marks as required have no default.
        public init(instanceArn: String, principalId: String, principalType: String, filter: ListAccountAssignmentsFilter? = nil, nextToken: String? = nil, maxResults: Int? = nil) {
            self.instanceArn = instanceArn
            self.principalId = principalId
            self.principalType = principalType
            self.filter = filter
            self.nextToken = nextToken
            self.maxResults = maxResults
        }

        enum CodingKeys: String, CodingKey {
            case instanceArn = "InstanceArn"
            case principalId = "PrincipalId"
            case principalType = "PrincipalType"
            case filter = "Filter"
            case nextToken = "NextToken"
            case maxResults = "MaxResults"
        }
    }

    /// The output of `ListAccountAssignmentsForPrincipal`.
    public struct ListAccountAssignmentsForPrincipalResponse: Codable, Sendable, Equatable {
        /// An array list of the account assignments for the principal.
        public var accountAssignments: [AccountAssignmentForPrincipal]?
        /// If present, this value indicates that more output is available than is included in the current response.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(accountAssignments: [AccountAssignmentForPrincipal]? = nil, nextToken: String? = nil) {
            self.accountAssignments = accountAssignments
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case accountAssignments = "AccountAssignments"
            case nextToken = "NextToken"
        }
    }
}
