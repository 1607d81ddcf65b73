// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// Contains details about a root.
    public struct Root: Codable, Sendable, Equatable {
        /// The unique identifier (ID) for the root.
        public var id: String?
        /// The Amazon Resource Name (ARN) of the root.
        public var arn: String?
        /// The friendly name of the root.
        public var name: String?
        /// The types of policies that are currently enabled for the root and therefore can be attached to the root or to its OUs or accounts.
        public var policyTypes: [PolicyTypeSummary]?

        /// Creates a value; members AWS marks as required have no default.
        public init(id: String? = nil, arn: String? = nil, name: String? = nil, policyTypes: [PolicyTypeSummary]? = nil) {
            self.id = id
            self.arn = arn
            self.name = name
            self.policyTypes = policyTypes
        }

        enum CodingKeys: String, CodingKey {
            case id = "Id"
            case arn = "Arn"
            case name = "Name"
            case policyTypes = "PolicyTypes"
        }
    }
}
