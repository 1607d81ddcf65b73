// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// A structure that describes a filter for account assignments.
    public struct ListAccountAssignmentsFilter: Codable, Sendable, Equatable {
        /// The ID number of an Amazon Web Services account that filters the results in the response.
        public var accountId: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(accountId: String? = nil) {
            self.accountId = accountId
        }

        enum CodingKeys: String, CodingKey {
            case accountId = "AccountId"
        }
    }
}
