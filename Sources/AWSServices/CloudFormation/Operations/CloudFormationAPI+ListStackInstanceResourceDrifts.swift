// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// The input of `ListStackInstanceResourceDrifts`.
    public struct ListStackInstanceResourceDriftsRequest: Codable, Sendable, Equatable {
        /// The name or unique ID of the StackSet that you want to list drifted resources for.
        public var stackSetName: String
        /// The token for the next set of items to return.
        public var nextToken: String?
        /// The maximum number of results to be returned with a single call.
        public var maxResults: Int?
        /// The resource drift status of the stack instance.
        public var stackInstanceResourceDriftStatuses: [String]?
        /// The name of the Amazon Web Services account that you want to list resource drifts for.
        public var stackInstanceAccount: String
        /// The name of the Region where you want to list resource drifts.
        public var stackInstanceRegion: String
        /// The unique ID of the drift operation.
        public var operationId: String
        /// [Service-managed permissions] Specifies whether you are acting as an account administrator in the organization's management account or as a delegated administrator in a…
        public var callAs: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(stackSetName: String, nextToken: String? = nil, maxResults: Int? = nil, stackInstanceResourceDriftStatuses: [String]? = nil, stackInstanceAccount: String, stackInstanceRegion: String, operationId: String, callAs: String? = nil) {
            self.stackSetName = stackSetName
            self.nextToken = nextToken
            self.maxResults = maxResults
            self.stackInstanceResourceDriftStatuses = stackInstanceResourceDriftStatuses
            self.stackInstanceAccount = stackInstanceAccount
            self.stackInstanceRegion = stackInstanceRegion
            self.operationId = operationId
            self.callAs = callAs
        }

        enum CodingKeys: String, CodingKey {
            case stackSetName = "StackSetName"
            case nextToken = "NextToken"
            case maxResults = "MaxResults"
            case stackInstanceResourceDriftStatuses = "StackInstanceResourceDriftStatuses"
            case stackInstanceAccount = "StackInstanceAccount"
            case stackInstanceRegion = "StackInstanceRegion"
            case operationId = "OperationId"
            case callAs = "CallAs"
        }
    }

    /// The output of `ListStackInstanceResourceDrifts`.
    public struct ListStackInstanceResourceDriftsResponse: Codable, Sendable, Equatable {
        /// A list of StackInstanceResourceDriftsSummary structures that contain information about the specified stack instances.
        public var summaries: [StackInstanceResourceDriftsSummary]?
        /// If the previous paginated request didn't return all of the remaining results, the response object's NextToken parameter value is set to a token.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(summaries: [StackInstanceResourceDriftsSummary]? = nil, nextToken: String? = nil) {
            self.summaries = summaries
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case summaries = "Summaries"
            case nextToken = "NextToken"
        }
    }
}

extension CloudFormationAPI.ListStackInstanceResourceDriftsRequest: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {
        writer.value(prefix, "StackSetName", stackSetName)
        writer.value(prefix, "NextToken", nextToken)
        writer.value(prefix, "MaxResults", maxResults)
        writer.list(prefix, "StackInstanceResourceDriftStatuses", stackInstanceResourceDriftStatuses)
        writer.value(prefix, "StackInstanceAccount", stackInstanceAccount)
        writer.value(prefix, "StackInstanceRegion", stackInstanceRegion)
        writer.value(prefix, "OperationId", operationId)
        writer.value(prefix, "CallAs", callAs)
    }
}

extension CloudFormationAPI.ListStackInstanceResourceDriftsResponse: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            summaries: xml.list("Summaries"),
            nextToken: xml.value("NextToken"))
    }
}
