// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `DescribeCreateAccountStatus`.
    public struct DescribeCreateAccountStatusRequest: Codable, Sendable, Equatable {
        /// Specifies the Id value that uniquely identifies the CreateAccount request.
        public var createAccountRequestId: String

        /// Creates a value; members AWS marks as required have no default.
        public init(createAccountRequestId: String) {
            self.createAccountRequestId = createAccountRequestId
        }

        enum CodingKeys: String, CodingKey {
            case createAccountRequestId = "CreateAccountRequestId"
        }
    }

    /// The output of `DescribeCreateAccountStatus`.
    public struct DescribeCreateAccountStatusResponse: Codable, Sendable, Equatable {
        /// A structure that contains the current status of an account creation request.
        public var createAccountStatus: CreateAccountStatus?

        /// Creates a value; members AWS marks as required have no default.
        public init(createAccountStatus: CreateAccountStatus? = nil) {
            self.createAccountStatus = createAccountStatus
        }

        enum CodingKeys: String, CodingKey {
            case createAccountStatus = "CreateAccountStatus"
        }
    }
}
