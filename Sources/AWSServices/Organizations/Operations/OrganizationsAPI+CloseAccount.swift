// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `CloseAccount`.
    public struct CloseAccountRequest: Codable, Sendable, Equatable {
        /// Retrieves the Amazon Web Services account Id for the current CloseAccount API request.
        public var accountId: String

        /// Creates a value; members AWS marks as required have no default.
        public init(accountId: String) {
            self.accountId = accountId
        }

        enum CodingKeys: String, CodingKey {
            case accountId = "AccountId"
        }
    }
}
