// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// Contains information about an Amazon Web Services account that is a member of an organization.
    public struct Account: Codable, Sendable, Equatable {
        /// The unique identifier (ID) of the account.
        public var id: String?
        /// The Amazon Resource Name (ARN) of the account.
        public var arn: String?
        /// The email address associated with the Amazon Web Services account. Sensitive: never printed.
        public var email: String?
        /// The friendly name of the account. Sensitive: never printed.
        public var name: String?
        /// The status of the account in the organization.
        public var status: String?
        /// Each state represents a specific phase in the account lifecycle.
        public var state: String?
        /// The paths in the organization where the account exists.
        public var paths: [String]?
        /// The method by which the account joined the organization.
        public var joinedMethod: String?
        /// The date the account became a part of the organization.
        public var joinedTimestamp: Date?

        /// Creates a value; members AWS marks as required have no default.
        public init(id: String? = nil, arn: String? = nil, email: String? = nil, name: String? = nil, status: String? = nil, state: String? = nil, paths: [String]? = nil, joinedMethod: String? = nil, joinedTimestamp: Date? = nil) {
            self.id = id
            self.arn = arn
            self.email = email
            self.name = name
            self.status = status
            self.state = state
            self.paths = paths
            self.joinedMethod = joinedMethod
            self.joinedTimestamp = joinedTimestamp
        }

        enum CodingKeys: String, CodingKey {
            case id = "Id"
            case arn = "Arn"
            case email = "Email"
            case name = "Name"
            case status = "Status"
            case state = "State"
            case paths = "Paths"
            case joinedMethod = "JoinedMethod"
            case joinedTimestamp = "JoinedTimestamp"
        }
    }
}

extension OrganizationsAPI.Account: CustomDebugStringConvertible, CustomReflectable {
    /// The shape with its sensitive members redacted, so a value can be logged safely.
    public var debugDescription: String { "Account(id: \(String(describing: self.id)), arn: \(String(describing: self.arn)), email: <redacted>, name: <redacted>, status: \(String(describing: self.status)), state: \(String(describing: self.state)), paths: \(String(describing: self.paths)), joinedMethod: \(String(describing: self.joinedMethod)), joinedTimestamp: \(String(describing: self.joinedTimestamp)))" }

    /// What `print`, `dump` and interpolation show: sensitive members as `<redacted>`.
    public var customMirror: Mirror {
        Mirror(self, children: ["id": self.id as Any, "arn": self.arn as Any, "email": "<redacted>" as Any, "name": "<redacted>" as Any, "status": self.status as Any, "state": self.state as Any, "paths": self.paths as Any, "joinedMethod": self.joinedMethod as Any, "joinedTimestamp": self.joinedTimestamp as Any], displayStyle: .struct)
    }
}
