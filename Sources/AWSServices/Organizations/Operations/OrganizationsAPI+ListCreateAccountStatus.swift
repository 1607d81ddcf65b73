// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `ListCreateAccountStatus`.
    public struct ListCreateAccountStatusRequest: Codable, Sendable, Equatable {
        /// A list of one or more states that you want included in the response.
        public var states: [String]?
        /// The parameter for receiving additional results if you receive a NextToken response in a previous request.
        public var nextToken: String?
        /// The maximum number of items to return in the response.
        public var maxResults: Int?

        /// Creates a value; members AWS marks as required have no default.
        public init(states: [String]? = nil, nextToken: String? = nil, maxResults: Int? = nil) {
            self.states = states
            self.nextToken = nextToken
            self.maxResults = maxResults
        }

        enum CodingKeys: String, CodingKey {
            case states = "States"
            case nextToken = "NextToken"
            case maxResults = "MaxResults"
        }
    }

    /// The output of `ListCreateAccountStatus`.
    public struct ListCreateAccountStatusResponse: Codable, Sendable, Equatable {
        /// A list of objects with details about the requests.
        public var createAccountStatuses: [CreateAccountStatus]?
        /// If present, indicates that more output is available than is included in the current response.
        public var nextToken: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(createAccountStatuses: [CreateAccountStatus]? = nil, nextToken: String? = nil) {
            self.createAccountStatuses = createAccountStatuses
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case createAccountStatuses = "CreateAccountStatuses"
            case nextToken = "NextToken"
        }
    }
}
