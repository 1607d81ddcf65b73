// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// Contains information about a policy, but does not include the content.
    public struct PolicySummary: Codable, Sendable, Equatable {
        /// The unique identifier (ID) of the policy.
        public var id: String?
        /// The Amazon Resource Name (ARN) of the policy.
        public var arn: String?
        /// The friendly name of the policy.
        public var name: String?
        /// The description of the policy.
        public var description: String?
        /// The type of policy.
        public var `type`: String?
        /// A boolean value that indicates whether the specified policy is an Amazon Web Services managed policy.
        public var awsManaged: Bool?

        /// Creates a value; members AWS marks as required have no default.
        public init(id: String? = nil, arn: String? = nil, name: String? = nil, description: String? = nil, type: String? = nil, awsManaged: Bool? = nil) {
            self.id = id
            self.arn = arn
            self.name = name
            self.description = description
            self.type = type
            self.awsManaged = awsManaged
        }

        enum CodingKeys: String, CodingKey {
            case id = "Id"
            case arn = "Arn"
            case name = "Name"
            case description = "Description"
            case `type` = "Type"
            case awsManaged = "AwsManaged"
        }
    }
}
