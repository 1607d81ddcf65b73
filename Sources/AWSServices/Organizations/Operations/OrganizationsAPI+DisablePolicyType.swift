// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `DisablePolicyType`.
    public struct DisablePolicyTypeRequest: Codable, Sendable, Equatable {
        /// ID for the root in which you want to disable a policy type.
        public var rootId: String
        /// The policy type that you want to disable in this root.
        public var policyType: String

        /// Creates a value; members AWS marks as required have no default.
        public init(rootId: String, policyType: String) {
            self.rootId = rootId
            self.policyType = policyType
        }

        enum CodingKeys: String, CodingKey {
            case rootId = "RootId"
            case policyType = "PolicyType"
        }
    }

    /// The output of `DisablePolicyType`.
    public struct DisablePolicyTypeResponse: Codable, Sendable, Equatable {
        /// A structure that shows the root with the updated list of enabled policy types.
        public var root: Root?

        /// Creates a value; members AWS marks as required have no default.
        public init(root: Root? = nil) {
            self.root = root
        }

        enum CodingKeys: String, CodingKey {
            case root = "Root"
        }
    }
}
