// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// Contains information about the delegated administrator.
    public struct DelegatedAdministrator: Codable, Sendable, Equatable {
        /// The unique identifier (ID) of the delegated administrator's account.
        public var id: String?
        /// The Amazon Resource Name (ARN) of the delegated administrator's account.
        public var arn: String?
        /// The email address that is associated with the delegated administrator's Amazon Web Services account. Sensitive: never printed.
        public var email: String?
        /// The friendly name of the delegated administrator's account. Sensitive: never printed.
        public var name: String?
        /// The status of the delegated administrator's account in the organization.
        public var status: String?
        /// Each state represents a specific phase in the account lifecycle.
        public var state: String?
        /// The method by which the delegated administrator's account joined the organization.
        public var joinedMethod: String?
        /// The date when the delegated administrator's account became a part of the organization.
        public var joinedTimestamp: Date?
        /// The date when the account was made a delegated administrator.
        public var delegationEnabledDate: Date?

        /// Creates a value; members AWS marks as required have no default.
        public init(id: String? = nil, arn: String? = nil, email: String? = nil, name: String? = nil, status: String? = nil, state: String? = nil, joinedMethod: String? = nil, joinedTimestamp: Date? = nil, delegationEnabledDate: Date? = nil) {
            self.id = id
            self.arn = arn
            self.email = email
            self.name = name
            self.status = status
            self.state = state
            self.joinedMethod = joinedMethod
            self.joinedTimestamp = joinedTimestamp
            self.delegationEnabledDate = delegationEnabledDate
        }

        enum CodingKeys: String, CodingKey {
            case id = "Id"
            case arn = "Arn"
            case email = "Email"
            case name = "Name"
            case status = "Status"
            case state = "State"
            case joinedMethod = "JoinedMethod"
            case joinedTimestamp = "JoinedTimestamp"
            case delegationEnabledDate = "DelegationEnabledDate"
        }
    }
}

extension OrganizationsAPI.DelegatedAdministrator: CustomDebugStringConvertible, CustomReflectable {
    /// The shape with its sensitive members redacted, so a value can be logged safely.
    public var debugDescription: String { "DelegatedAdministrator(id: \(String(describing: self.id)), arn: \(String(describing: self.arn)), email: <redacted>, name: <redacted>, status: \(String(describing: self.status)), state: \(String(describing: self.state)), joinedMethod: \(String(describing: self.joinedMethod)), joinedTimestamp: \(String(describing: self.joinedTimestamp)), delegationEnabledDate: \(String(describing: self.delegationEnabledDate)))" }

    /// What `print`, `dump` and interpolation show: sensitive members as `<redacted>`.
    public var customMirror: Mirror {
        Mirror(self, children: ["id": self.id as Any, "arn": self.arn as Any, "email": "<redacted>" as Any, "name": "<redacted>" as Any, "status": self.status as Any, "state": self.state as Any, "joinedMethod": self.joinedMethod as Any, "joinedTimestamp": self.joinedTimestamp as Any, "delegationEnabledDate": self.delegationEnabledDate as Any], displayStyle: .struct)
    }
}
