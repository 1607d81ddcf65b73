// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `DescribePolicy`.
    public struct DescribePolicyRequest: Codable, Sendable, Equatable {
        /// ID for the policy that you want details about.
        public var policyId: String

        /// Creates a value; members AWS marks as required have no default.
        public init(policyId: String) {
            self.policyId = policyId
        }

        enum CodingKeys: String, CodingKey {
            case policyId = "PolicyId"
        }
    }

    /// The output of `DescribePolicy`.
    public struct DescribePolicyResponse: Codable, Sendable, Equatable {
        /// A structure that contains details about the specified policy.
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
