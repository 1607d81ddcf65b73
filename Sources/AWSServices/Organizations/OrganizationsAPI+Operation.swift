// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// Every organizations operation this module can call: the enum *is* the table,
    /// so a method cannot call an operation that `AWSOperationTable.all` does not list.
    public enum Operation: String, ServiceOperation, CaseIterable {
        /// `organizations:DescribeOrganization`.
        case describeOrganization = "DescribeOrganization"
        /// `organizations:CreateOrganization`.
        case createOrganization = "CreateOrganization"
        /// `organizations:ListRoots`.
        case listRoots = "ListRoots"
        /// `organizations:EnablePolicyType`.
        case enablePolicyType = "EnablePolicyType"
        /// `organizations:DisablePolicyType`.
        case disablePolicyType = "DisablePolicyType"
        /// `organizations:ListOrganizationalUnitsForParent`.
        case listOrganizationalUnitsForParent = "ListOrganizationalUnitsForParent"
        /// `organizations:CreateOrganizationalUnit`.
        case createOrganizationalUnit = "CreateOrganizationalUnit"
        /// `organizations:UpdateOrganizationalUnit`.
        case updateOrganizationalUnit = "UpdateOrganizationalUnit"
        /// `organizations:DeleteOrganizationalUnit`.
        case deleteOrganizationalUnit = "DeleteOrganizationalUnit"
        /// `organizations:DescribeOrganizationalUnit`.
        case describeOrganizationalUnit = "DescribeOrganizationalUnit"
        /// `organizations:ListAccounts`.
        case listAccounts = "ListAccounts"
        /// `organizations:ListAccountsForParent`.
        case listAccountsForParent = "ListAccountsForParent"
        /// `organizations:ListParents`.
        case listParents = "ListParents"
        /// `organizations:ListChildren`.
        case listChildren = "ListChildren"
        /// `organizations:DescribeAccount`.
        case describeAccount = "DescribeAccount"
        /// `organizations:CreateAccount`.
        case createAccount = "CreateAccount"
        /// `organizations:DescribeCreateAccountStatus`.
        case describeCreateAccountStatus = "DescribeCreateAccountStatus"
        /// `organizations:ListCreateAccountStatus`.
        case listCreateAccountStatus = "ListCreateAccountStatus"
        /// `organizations:MoveAccount`.
        case moveAccount = "MoveAccount"
        /// `organizations:TagResource`.
        case tagResource = "TagResource"
        /// `organizations:UntagResource`.
        case untagResource = "UntagResource"
        /// `organizations:ListTagsForResource`.
        case listTagsForResource = "ListTagsForResource"
        /// `organizations:CloseAccount`.
        case closeAccount = "CloseAccount"
        /// `organizations:RemoveAccountFromOrganization`.
        case removeAccountFromOrganization = "RemoveAccountFromOrganization"
        /// `organizations:ListPolicies`.
        case listPolicies = "ListPolicies"
        /// `organizations:DescribePolicy`.
        case describePolicy = "DescribePolicy"
        /// `organizations:CreatePolicy`.
        case createPolicy = "CreatePolicy"
        /// `organizations:UpdatePolicy`.
        case updatePolicy = "UpdatePolicy"
        /// `organizations:DeletePolicy`.
        case deletePolicy = "DeletePolicy"
        /// `organizations:AttachPolicy`.
        case attachPolicy = "AttachPolicy"
        /// `organizations:DetachPolicy`.
        case detachPolicy = "DetachPolicy"
        /// `organizations:ListTargetsForPolicy`.
        case listTargetsForPolicy = "ListTargetsForPolicy"
        /// `organizations:ListPoliciesForTarget`.
        case listPoliciesForTarget = "ListPoliciesForTarget"
        /// `organizations:RegisterDelegatedAdministrator`.
        case registerDelegatedAdministrator = "RegisterDelegatedAdministrator"
        /// `organizations:DeregisterDelegatedAdministrator`.
        case deregisterDelegatedAdministrator = "DeregisterDelegatedAdministrator"
        /// `organizations:ListDelegatedAdministrators`.
        case listDelegatedAdministrators = "ListDelegatedAdministrators"
        /// `organizations:ListDelegatedServicesForAccount`.
        case listDelegatedServicesForAccount = "ListDelegatedServicesForAccount"
        /// `organizations:EnableAWSServiceAccess`.
        case enableAWSServiceAccess = "EnableAWSServiceAccess"
        /// `organizations:DisableAWSServiceAccess`.
        case disableAWSServiceAccess = "DisableAWSServiceAccess"
        /// `organizations:ListAWSServiceAccessForOrganization`.
        case listAWSServiceAccessForOrganization = "ListAWSServiceAccessForOrganization"

        /// The service the operations belong to.
        public static var service: ServiceDescriptor { .organizations }
        /// The IAM action prefix (the SigV4 signing name).
        public static var iamPrefix: String { "organizations" }
    }
}
