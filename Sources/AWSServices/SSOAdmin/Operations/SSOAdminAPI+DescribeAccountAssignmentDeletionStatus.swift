// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// The input of `DescribeAccountAssignmentDeletionStatus`.
    public struct DescribeAccountAssignmentDeletionStatusRequest: Codable, Sendable, Equatable {
        /// The ARN of the IAM Identity Center instance under which the operation will be executed.
        public var instanceArn: String
        /// The identifier that is used to track the request operation progress.
        public var accountAssignmentDeletionRequestId: String

        /// Creates a value; members AWS marks as required have no default.
        public init(instanceArn: String, accountAssignmentDeletionRequestId: String) {
            self.instanceArn = instanceArn
            self.accountAssignmentDeletionRequestId = accountAssignmentDeletionRequestId
        }

        enum CodingKeys: String, CodingKey {
            case instanceArn = "InstanceArn"
            case accountAssignmentDeletionRequestId = "AccountAssignmentDeletionRequestId"
        }
    }

    /// The output of `DescribeAccountAssignmentDeletionStatus`.
    public struct DescribeAccountAssignmentDeletionStatusResponse: Codable, Sendable, Equatable {
        /// The status object for the account assignment deletion operation.
        public var accountAssignmentDeletionStatus: AccountAssignmentOperationStatus?

        /// Creates a value; members AWS marks as required have no default.
        public init(accountAssignmentDeletionStatus: AccountAssignmentOperationStatus? = nil) {
            self.accountAssignmentDeletionStatus = accountAssignmentDeletionStatus
        }

        enum CodingKeys: String, CodingKey {
            case accountAssignmentDeletionStatus = "AccountAssignmentDeletionStatus"
        }
    }
}
