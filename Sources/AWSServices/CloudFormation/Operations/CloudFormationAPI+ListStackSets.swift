// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// The input of `ListStackSets`.
    public struct ListStackSetsRequest: Codable, Sendable, Equatable {
        /// The token for the next set of items to return.
        public var nextToken: String?
        /// The maximum number of results to be returned with a single call.
        public var maxResults: Int?
        /// The status of the StackSets that you want to get summary information about.
        public var status: String?
        /// [Service-managed permissions] Specifies whether you are acting as an account administrator in the management account or as a delegated administrator in a member account.
        public var callAs: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(nextToken: String? = nil, maxResults: Int? = nil, status: String? = nil, callAs: String? = nil) {
            self.nextToken = nextToken
            self.maxResults = maxResults
            self.status = status
            self.callAs = callAs
        }

        enum CodingKeys: String, CodingKey {
            case nextToken = "NextToken"
            case maxResults = "MaxResults"
            case status = "Status"
            case callAs = "CallAs"
        }
    }

    /// The output of `ListStackSets`.
    public struct ListStackSetsResponse: Codable, Sendable, Equatable {
        /// A list of StackSetSummary structures that contain information about the user's StackSets.
        public var summaries: [StackSetSummary]?
        /// If the request doesn't return all of the remaining results, NextToken is set to a token.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(summaries: [StackSetSummary]? = nil, nextToken: String? = nil) {
            self.summaries = summaries
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case summaries = "Summaries"
            case nextToken = "NextToken"
        }
    }
}

extension CloudFormationAPI.ListStackSetsRequest: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {
        writer.value(prefix, "NextToken", nextToken)
        writer.value(prefix, "MaxResults", maxResults)
        writer.value(prefix, "Status", status)
        writer.value(prefix, "CallAs", callAs)
    }
}

extension CloudFormationAPI.ListStackSetsResponse: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            summaries: xml.list("Summaries"),
            nextToken: xml.value("NextToken"))
    }
}
