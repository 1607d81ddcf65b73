// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// Contains rules to be applied to the affected accounts.
    public struct Policy: Codable, Sendable, Equatable {
        /// A structure that contains additional details about the policy.
        public var policySummary: PolicySummary?
        /// The text content of the policy.
        public var content: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(policySummary: PolicySummary? = nil, content: String? = nil) {
            self.policySummary = policySummary
            self.content = content
        }

        enum CodingKeys: String, CodingKey {
            case policySummary = "PolicySummary"
            case content = "Content"
        }
    }
}
