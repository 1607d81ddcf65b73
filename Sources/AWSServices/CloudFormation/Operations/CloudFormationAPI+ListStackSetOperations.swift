// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// The input of `ListStackSetOperations`.
    public struct ListStackSetOperationsRequest: Codable, Sendable, Equatable {
        /// The name or unique ID of the StackSet that you want to get operation summaries for.
        public var stackSetName: String
        /// The token for the next set of items to return.
        public var nextToken: String?
        /// The maximum number of results to be returned with a single call.
        public var maxResults: Int?
        /// [Service-managed permissions] Specifies whether you are acting as an account administrator in the organization's management account or as a delegated administrator in a…
        public var callAs: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(stackSetName: String, nextToken: String? = nil, maxResults: Int? = nil, callAs: String? = nil) {
            self.stackSetName = stackSetName
            self.nextToken = nextToken
            self.maxResults = maxResults
            self.callAs = callAs
        }

        enum CodingKeys: String, CodingKey {
            case stackSetName = "StackSetName"
            case nextToken = "NextToken"
            case maxResults = "MaxResults"
            case callAs = "CallAs"
        }
    }

    /// The output of `ListStackSetOperations`.
    public struct ListStackSetOperationsResponse: Codable, Sendable, Equatable {
        /// A list of StackSetOperationSummary structures that contain summary information about operations for the specified StackSet.
        public var summaries: [StackSetOperationSummary]?
        /// If the request doesn't return all results, NextToken is set to a token.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(summaries: [StackSetOperationSummary]? = nil, nextToken: String? = nil) {
            self.summaries = summaries
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case summaries = "Summaries"
            case nextToken = "NextToken"
        }
    }
}

extension CloudFormationAPI.ListStackSetOperationsRequest: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {
        writer.value(prefix, "StackSetName", stackSetName)
        writer.value(prefix, "NextToken", nextToken)
        writer.value(prefix, "MaxResults", maxResults)
        writer.value(prefix, "CallAs", callAs)
    }
}

extension CloudFormationAPI.ListStackSetOperationsResponse: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            summaries: xml.list("Summaries"),
            nextToken: xml.value("NextToken"))
    }
}
