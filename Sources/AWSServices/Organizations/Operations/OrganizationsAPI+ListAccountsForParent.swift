// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `ListAccountsForParent`.
    public struct ListAccountsForParentRequest: Codable, Sendable, Equatable {
        /// The unique identifier (ID) for the parent root or organization unit (OU) whose accounts you want to list.
        public var parentId: String
        /// The parameter for receiving additional results if you receive a NextToken response in a previous request.
        public var nextToken: String?
        /// The maximum number of items to return in the response.
        public var maxResults: Int?

        /// Creates a value; members AWS marks as required have no default.
        public init(parentId: String, nextToken: String? = nil, maxResults: Int? = nil) {
            self.parentId = parentId
            self.nextToken = nextToken
            self.maxResults = maxResults
        }

        enum CodingKeys: String, CodingKey {
            case parentId = "ParentId"
            case nextToken = "NextToken"
            case maxResults = "MaxResults"
        }
    }

    /// The output of `ListAccountsForParent`.
    public struct ListAccountsForParentResponse: Codable, Sendable, Equatable {
        /// A list of the accounts in the specified root or OU.
        public var accounts: [Account]?
        /// If present, indicates that more output is available than is included in the current response.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(accounts: [Account]? = nil, nextToken: String? = nil) {
            self.accounts = accounts
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case accounts = "Accounts"
            case nextToken = "NextToken"
        }
    }
}
