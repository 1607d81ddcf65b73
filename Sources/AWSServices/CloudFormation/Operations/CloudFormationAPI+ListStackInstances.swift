// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// The input of `ListStackInstances`.
    public struct ListStackInstancesRequest: Codable, Sendable, Equatable {
        /// The name or unique ID of the StackSet that you want to list stack instances for.
        public var stackSetName: String
        /// The token for the next set of items to return.
        public var nextToken: String?
        /// The maximum number of results to be returned with a single call.
        public var maxResults: Int?
        /// The filter to apply to stack instances
        public var filters: [StackInstanceFilter]?
        /// The name of the Amazon Web Services account that you want to list stack instances for.
        public var stackInstanceAccount: String?
        /// The name of the Region where you want to list stack instances.
        public var stackInstanceRegion: String?
        /// [Service-managed permissions] Specifies whether you are acting as an account administrator in the organization's management account or as a delegated administrator in a…
        public var callAs: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(stackSetName: String, nextToken: String? = nil, maxResults: Int? = nil, filters: [StackInstanceFilter]? = nil, stackInstanceAccount: String? = nil, stackInstanceRegion: String? = nil, callAs: String? = nil) {
            self.stackSetName = stackSetName
            self.nextToken = nextToken
            self.maxResults = maxResults
            self.filters = filters
            self.stackInstanceAccount = stackInstanceAccount
            self.stackInstanceRegion = stackInstanceRegion
            self.callAs = callAs
        }

        enum CodingKeys: String, CodingKey {
            case stackSetName = "StackSetName"
            case nextToken = "NextToken"
            case maxResults = "MaxResults"
            case filters = "Filters"
            case stackInstanceAccount = "StackInstanceAccount"
            case stackInstanceRegion = "StackInstanceRegion"
            case callAs = "CallAs"
        }
    }

    /// The output of `ListStackInstances`.
    public struct ListStackInstancesResponse: Codable, Sendable, Equatable {
        /// A list of StackInstanceSummary structures that contain information about the specified stack instances.
        public var summaries: [StackInstanceSummary]?
        /// If the request doesn't return all the remaining results, NextToken is set to a token.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(summaries: [StackInstanceSummary]? = nil, nextToken: String? = nil) {
            self.summaries = summaries
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case summaries = "Summaries"
            case nextToken = "NextToken"
        }
    }
}

extension CloudFormationAPI.ListStackInstancesRequest: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {
        writer.value(prefix, "StackSetName", stackSetName)
        writer.value(prefix, "NextToken", nextToken)
        writer.value(prefix, "MaxResults", maxResults)
        writer.list(prefix, "Filters", filters)
        writer.value(prefix, "StackInstanceAccount", stackInstanceAccount)
        writer.value(prefix, "StackInstanceRegion", stackInstanceRegion)
        writer.value(prefix, "CallAs", callAs)
    }
}

extension CloudFormationAPI.ListStackInstancesResponse: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            summaries: xml.list("Summaries"),
            nextToken: xml.value("NextToken"))
    }
}
