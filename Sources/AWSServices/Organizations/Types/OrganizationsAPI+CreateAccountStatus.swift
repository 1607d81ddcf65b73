// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// Contains the status about a CreateAccount or CreateGovCloudAccount request to create an Amazon Web Services account or an Amazon Web Services GovCloud (US) account in an…
    public struct CreateAccountStatus: Codable, Sendable, Equatable {
        /// The unique identifier (ID) that references this request.
        public var id: String?
        /// The account name given to the account when it was created. Sensitive: never printed.
        public var accountName: String?
        /// The status of the asynchronous request to create an Amazon Web Services account.
        public var state: String?
        /// The date and time that the request was made for the account creation.
        public var requestedTimestamp: Date?
        /// The date and time that the account was created and the request completed.
        public var completedTimestamp: Date?
        /// If the account was created successfully, the unique identifier (ID) of the new account.
        public var accountId: String?
        /// If the account was created successfully, the ID for the new account in the Amazon Web Services GovCloud (US) Region.
        public var govCloudAccountId: String?
        /// If the request failed, a description of the reason for the failure.
        public var failureReason: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(id: String? = nil, accountName: String? = nil, state: String? = nil, requestedTimestamp: Date? = nil, completedTimestamp: Date? = nil, accountId: String? = nil, govCloudAccountId: String? = nil, failureReason: String? = nil) {
            self.id = id
            self.accountName = accountName
            self.state = state
            self.requestedTimestamp = requestedTimestamp
            self.completedTimestamp = completedTimestamp
            self.accountId = accountId
            self.govCloudAccountId = govCloudAccountId
            self.failureReason = failureReason
        }

        enum CodingKeys: String, CodingKey {
            case id = "Id"
            case accountName = "AccountName"
            case state = "State"
            case requestedTimestamp = "RequestedTimestamp"
            case completedTimestamp = "CompletedTimestamp"
            case accountId = "AccountId"
            case govCloudAccountId = "GovCloudAccountId"
            case failureReason = "FailureReason"
        }
    }
}

extension OrganizationsAPI.CreateAccountStatus: CustomDebugStringConvertible, CustomReflectable {
    /// The shape with its sensitive members redacted, so a value can be logged safely.
    public var debugDescription: String { "CreateAccountStatus(id: \(String(describing: self.id)), accountName: <redacted>, state: \(String(describing: self.state)), requestedTimestamp: \(String(describing: self.requestedTimestamp)), completedTimestamp: \(String(describing: self.completedTimestamp)), accountId: \(String(describing: self.accountId)), govCloudAccountId: \(String(describing: self.govCloudAccountId)), failureReason: \(String(describing: self.failureReason)))" }

    /// What `print`, `dump` and interpolation show: sensitive members as `<redacted>`.
    public var customMirror: Mirror {
        Mirror(self, children: ["id": self.id as Any, "accountName": "<redacted>" as Any, "state": self.state as Any, "requestedTimestamp": self.requestedTimestamp as Any, "completedTimestamp": self.completedTimestamp as Any, "accountId": self.accountId as Any, "govCloudAccountId": self.govCloudAccountId as Any, "failureReason": self.failureReason as Any], displayStyle: .struct)
    }
}
