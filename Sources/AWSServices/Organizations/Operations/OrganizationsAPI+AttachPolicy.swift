// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `AttachPolicy`.
    public struct AttachPolicyRequest: Codable, Sendable, Equatable {
        /// ID for the policy that you want to attach to the target.
        public var policyId: String
        /// ID for the root, OU, or account that you want to attach the policy to.
        public var targetId: String

        /// Creates a value; members AWS marks as required have no default.
        public init(policyId: String, targetId: String) {
            self.policyId = policyId
            self.targetId = targetId
        }

        enum CodingKeys: String, CodingKey {
            case policyId = "PolicyId"
            case targetId = "TargetId"
        }
    }
}
