// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `CreatePolicy`.
    public struct CreatePolicyRequest: Codable, Sendable, Equatable {
        /// The policy text content to add to the new policy.
        public var content: String
        /// An optional description to assign to the policy.
        public var description: String
        /// The friendly name to assign to the policy.
        public var name: String
        /// The type of policy to create.
        public var `type`: String
        /// A list of tags that you want to attach to the newly created policy.
        public var tags: [Tag]?

        /// Creates a value; members AWS marks as required have no default.
        public init(content: String, description: String, name: String, type: String, tags: [Tag]? = nil) {
            self.content = content
            self.description = description
            self.name = name
            self.type = type
            self.tags = tags
        }

        enum CodingKeys: String, CodingKey {
            case content = "Content"
            case description = "Description"
            case name = "Name"
            case `type` = "Type"
            case tags = "Tags"
        }
    }

    /// The output of `CreatePolicy`.
    public struct CreatePolicyResponse: Codable, Sendable, Equatable {
        /// A structure that contains details about the newly created policy.
        public var policy: Policy?

        /// Creates a value; members AWS marks as required have no default.
        public init(policy: Policy? = nil) {
            self.policy = policy
        }

        enum CodingKeys: String, CodingKey {
            case policy = "Policy"
        }
    }
}
