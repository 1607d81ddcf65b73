// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// Every cloudformation operation this module can call: the enum *is* the table,
    /// so a method cannot call an operation that `AWSOperationTable.all` does not list.
    public enum Operation: String, ServiceOperation, CaseIterable {
        /// `cloudformation:CreateStackSet`.
        case createStackSet = "CreateStackSet"
        /// `cloudformation:UpdateStackSet`.
        case updateStackSet = "UpdateStackSet"
        /// `cloudformation:DeleteStackSet`.
        case deleteStackSet = "DeleteStackSet"
        /// `cloudformation:DescribeStackSet`.
        case describeStackSet = "DescribeStackSet"
        /// `cloudformation:ListStackSets`.
        case listStackSets = "ListStackSets"
        /// `cloudformation:CreateStackInstances`.
        case createStackInstances = "CreateStackInstances"
        /// `cloudformation:UpdateStackInstances`.
        case updateStackInstances = "UpdateStackInstances"
        /// `cloudformation:DeleteStackInstances`.
        case deleteStackInstances = "DeleteStackInstances"
        /// `cloudformation:ListStackInstances`.
        case listStackInstances = "ListStackInstances"
        /// `cloudformation:DescribeStackInstance`.
        case describeStackInstance = "DescribeStackInstance"
        /// `cloudformation:DescribeStackSetOperation`.
        case describeStackSetOperation = "DescribeStackSetOperation"
        /// `cloudformation:ListStackSetOperations`.
        case listStackSetOperations = "ListStackSetOperations"
        /// `cloudformation:ListStackSetOperationResults`.
        case listStackSetOperationResults = "ListStackSetOperationResults"
        /// `cloudformation:DetectStackSetDrift`.
        case detectStackSetDrift = "DetectStackSetDrift"
        /// `cloudformation:ListStackInstanceResourceDrifts`.
        case listStackInstanceResourceDrifts = "ListStackInstanceResourceDrifts"
        /// `cloudformation:ActivateOrganizationsAccess`.
        case activateOrganizationsAccess = "ActivateOrganizationsAccess"
        /// `cloudformation:DescribeOrganizationsAccess`.
        case describeOrganizationsAccess = "DescribeOrganizationsAccess"

        /// The service the operations belong to.
        public static var service: ServiceDescriptor { .cloudFormation }
        /// The IAM action prefix (the SigV4 signing name).
        public static var iamPrefix: String { "cloudformation" }
    }
}
