// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `ListTargetsForPolicy`.
    public struct ListTargetsForPolicyRequest: Codable, Sendable, Equatable {
        /// ID for the policy whose attachments you want to know.
        public var policyId: String
        /// The parameter for receiving additional results if you receive a NextToken response in a previous request.
        public var nextToken: String?
        /// The maximum number of items to return in the response.
        public var maxResults: Int?

        /// Creates a value; members AWS marks as required have no default.
        public init(policyId: String, nextToken: String? = nil, maxResults: Int? = nil) {
            self.policyId = policyId
            self.nextToken = nextToken
            self.maxResults = maxResults
        }

        enum CodingKeys: String, CodingKey {
            case policyId = "PolicyId"
            case nextToken = "NextToken"
            case maxResults = "MaxResults"
        }
    }

    /// The output of `ListTargetsForPolicy`.
    public struct ListTargetsForPolicyResponse: Codable, Sendable, Equatable {
        /// A list of structures, each of which contains details about one of the entities to which the specified policy is attached.
        public var targets: [PolicyTargetSummary]?
        /// If present, indicates that more output is available than is included in the current response.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(targets: [PolicyTargetSummary]? = nil, nextToken: String? = nil) {
            self.targets = targets
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case targets = "Targets"
            case nextToken = "NextToken"
        }
    }
}
