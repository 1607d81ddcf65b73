// Generated from the botocore model of sts 2011-06-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension STSAPI {
    /// Every sts operation this module can call: the enum *is* the table,
    /// so a method cannot call an operation that `AWSOperationTable.all` does not list.
    public enum Operation: String, ServiceOperation, CaseIterable {
        /// `sts:GetCallerIdentity`.
        case getCallerIdentity = "GetCallerIdentity"
        /// `sts:AssumeRole`.
        case assumeRole = "AssumeRole"
        /// `sts:AssumeRoleWithWebIdentity`.
        case assumeRoleWithWebIdentity = "AssumeRoleWithWebIdentity"

        /// The service the operations belong to.
        public static var service: ServiceDescriptor { .sts }
        /// The IAM action prefix (the SigV4 signing name).
        public static var iamPrefix: String { "sts" }
    }
}
