// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `DeletePolicy`.
    public struct DeletePolicyRequest: Codable, Sendable, Equatable {
        /// ID for the policy that you want to delete.
        public var policyId: String

        /// Creates a value; members AWS marks as required have no default.
        public init(policyId: String) {
            self.policyId = policyId
        }

        enum CodingKeys: String, CodingKey {
            case policyId = "PolicyId"
        }
    }
}
