// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `DescribeAccount`.
    public struct DescribeAccountRequest: Codable, Sendable, Equatable {
        /// The unique identifier (ID) of the Amazon Web Services account that you want information about.
        public var accountId: String

        /// Creates a value; members AWS marks as required have no default.
        public init(accountId: String) {
            self.accountId = accountId
        }

        enum CodingKeys: String, CodingKey {
            case accountId = "AccountId"
        }
    }

    /// The output of `DescribeAccount`.
    public struct DescribeAccountResponse: Codable, Sendable, Equatable {
        /// A structure that contains information about the requested account.
        public var account: Account?

        /// Creates a value; members AWS marks as required have no default.
        public init(account: Account? = nil) {
            self.account = account
        }

        enum CodingKeys: String, CodingKey {
            case account = "Account"
        }
    }
}
