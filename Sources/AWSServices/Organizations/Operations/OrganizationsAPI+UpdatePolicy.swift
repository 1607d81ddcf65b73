// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `UpdatePolicy`.
    public struct UpdatePolicyRequest: Codable, Sendable, Equatable {
        /// ID for the policy that you want to update.
        public var policyId: String
        /// If provided, the new name for the policy.
        public var name: String?
        /// If provided, the new description for the policy.
        public var description: String?
        /// If provided, the new content for the policy.
        public var content: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(policyId: String, name: String? = nil, description: String? = nil, content: String? = nil) {
            self.policyId = policyId
            self.name = name
            self.description = description
            self.content = content
        }

        enum CodingKeys: String, CodingKey {
            case policyId = "PolicyId"
            case name = "Name"
            case description = "Description"
            case content = "Content"
        }
    }

    /// The output of `UpdatePolicy`.
    public struct UpdatePolicyResponse: Codable, Sendable, Equatable {
        /// A structure that contains details about the updated policy, showing the requested changes.
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
