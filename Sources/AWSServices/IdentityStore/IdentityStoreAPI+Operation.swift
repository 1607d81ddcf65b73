// Generated from the botocore model of identitystore 2020-06-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension IdentityStoreAPI {
    /// Every identitystore operation this module can call: the enum *is* the table,
    /// so a method cannot call an operation that `AWSOperationTable.all` does not list.
    public enum Operation: String, ServiceOperation, CaseIterable {
        /// `identitystore:ListUsers`.
        case listUsers = "ListUsers"
        /// `identitystore:ListGroups`.
        case listGroups = "ListGroups"
        /// `identitystore:GetGroupId`.
        case getGroupId = "GetGroupId"
        /// `identitystore:GetUserId`.
        case getUserId = "GetUserId"
        /// `identitystore:DescribeUser`.
        case describeUser = "DescribeUser"
        /// `identitystore:DescribeGroup`.
        case describeGroup = "DescribeGroup"

        /// The service the operations belong to.
        public static var service: ServiceDescriptor { .identityStore }
        /// The IAM action prefix (the SigV4 signing name).
        public static var iamPrefix: String { "identitystore" }
    }
}
