// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// Contains information about a root, OU, or account that a policy is attached to.
    public struct PolicyTargetSummary: Codable, Sendable, Equatable {
        /// The unique identifier (ID) of the policy target.
        public var targetId: String?
        /// The Amazon Resource Name (ARN) of the policy target.
        public var arn: String?
        /// The friendly name of the policy target.
        public var name: String?
        /// The type of the policy target.
        public var `type`: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(targetId: String? = nil, arn: String? = nil, name: String? = nil, type: String? = nil) {
            self.targetId = targetId
            self.arn = arn
            self.name = name
            self.type = type
        }

        enum CodingKeys: String, CodingKey {
            case targetId = "TargetId"
            case arn = "Arn"
            case name = "Name"
            case `type` = "Type"
        }
    }
}
