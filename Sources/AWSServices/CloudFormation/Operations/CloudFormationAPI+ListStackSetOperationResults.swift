// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// The input of `ListStackSetOperationResults`.
    public struct ListStackSetOperationResultsRequest: Codable, Sendable, Equatable {
        /// The name or unique ID of the StackSet that you want to get operation results for.
        public var stackSetName: String
        /// The ID of the StackSet operation.
        public var operationId: String
        /// The token for the next set of items to return.
        public var nextToken: String?
        /// The maximum number of results to be returned with a single call.
        public var maxResults: Int?
        /// [Service-managed permissions] Specifies whether you are acting as an account administrator in the organization's management account or as a delegated administrator in a…
        public var callAs: String?
        /// The filter to apply to operation results.
        public var filters: [OperationResultFilter]?

        /// Creates a value; members AWS marks as required have no default.
        public init(stackSetName: String, operationId: String, nextToken: String? = nil, maxResults: Int? = nil, callAs: String? = nil, filters: [OperationResultFilter]? = nil) {
            self.stackSetName = stackSetName
            self.operationId = operationId
            self.nextToken = nextToken
            self.maxResults = maxResults
            self.callAs = callAs
            self.filters = filters
        }

        enum CodingKeys: String, CodingKey {
            case stackSetName = "StackSetName"
            case operationId = "OperationId"
            case nextToken = "NextToken"
            case maxResults = "MaxResults"
            case callAs = "CallAs"
            case filters = "Filters"
        }
    }

    /// The output of `ListStackSetOperationResults`.
    public struct ListStackSetOperationResultsResponse: Codable, Sendable, Equatable {
        /// A list of StackSetOperationResultSummary structures that contain information about the specified operation results, for accounts and Amazon Web Services Regions that are…
        public var summaries: [StackSetOperationResultSummary]?
        /// If the request doesn't return all results, NextToken is set to a token.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(summaries: [StackSetOperationResultSummary]? = nil, nextToken: String? = nil) {
            self.summaries = summaries
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case summaries = "Summaries"
            case nextToken = "NextToken"
        }
    }
}

extension CloudFormationAPI.ListStackSetOperationResultsRequest: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {
        writer.value(prefix, "StackSetName", stackSetName)
        writer.value(prefix, "OperationId", operationId)
        writer.value(prefix, "NextToken", nextToken)
        writer.value(prefix, "MaxResults", maxResults)
        writer.value(prefix, "CallAs", callAs)
        writer.list(prefix, "Filters", filters)
    }
}

extension CloudFormationAPI.ListStackSetOperationResultsResponse: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            summaries: xml.list("Summaries"),
            nextToken: xml.value("NextToken"))
    }
}
