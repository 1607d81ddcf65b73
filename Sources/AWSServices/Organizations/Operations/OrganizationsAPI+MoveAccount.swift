// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `MoveAccount`.
    public struct MoveAccountRequest: Codable, Sendable, Equatable {
        /// ID for the account that you want to move.
        public var accountId: String
        /// ID for the root or organizational unit that you want to move the account from.
        public var sourceParentId: String
        /// ID for the root or organizational unit that you want to move the account to.
        public var destinationParentId: String

        /// Creates a value; members AWS marks as required have no default.
        public init(accountId: String, sourceParentId: String, destinationParentId: String) {
            self.accountId = accountId
            self.sourceParentId = sourceParentId
            self.destinationParentId = destinationParentId
        }

        enum CodingKeys: String, CodingKey {
            case accountId = "AccountId"
            case sourceParentId = "SourceParentId"
            case destinationParentId = "DestinationParentId"
        }
    }
}
