// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// The input of `DescribeAccountAssignmentCreationStatus`.
    public struct DescribeAccountAssignmentCreationStatusRequest: Codable, Sendable, Equatable {
        /// The ARN of the IAM Identity Center instance under which the operation will be executed.
        public var instanceArn: String
        /// The identifier that is used to track the request operation progress.
        public var accountAssignmentCreationRequestId: String

        /// Creates a value; members AWS marks as required have no default.
        public init(instanceArn: String, accountAssignmentCreationRequestId: String) {
            self.instanceArn = instanceArn
            self.accountAssignmentCreationRequestId = accountAssignmentCreationRequestId
        }

        enum CodingKeys: String, CodingKey {
            case instanceArn = "InstanceArn"
            case accountAssignmentCreationRequestId = "AccountAssignmentCreationRequestId"
        }
    }

    /// The output of `DescribeAccountAssignmentCreationStatus`.
    public struct DescribeAccountAssignmentCreationStatusResponse: Codable, Sendable, Equatable {
        /// The status object for the account assignment creation operation.
        public var accountAssignmentCreationStatus: AccountAssignmentOperationStatus?

        /// Creates a value; members AWS marks as required have no default.
        public init(accountAssignmentCreationStatus: AccountAssignmentOperationStatus? = nil) {
            self.accountAssignmentCreationStatus = accountAssignmentCreationStatus
        }

        enum CodingKeys: String, CodingKey {
            case accountAssignmentCreationStatus = "AccountAssignmentCreationStatus"
        }
    }
}
