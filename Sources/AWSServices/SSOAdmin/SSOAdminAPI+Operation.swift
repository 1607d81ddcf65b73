// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// Every sso-admin operation this module can call: the enum *is* the table,
    /// so a method cannot call an operation that `AWSOperationTable.all` does not list.
    public enum Operation: String, ServiceOperation, CaseIterable {
        /// `sso:ListInstances`.
        case listInstances = "ListInstances"
        /// `sso:CreatePermissionSet`.
        case createPermissionSet = "CreatePermissionSet"
        /// `sso:DescribePermissionSet`.
        case describePermissionSet = "DescribePermissionSet"
        /// `sso:UpdatePermissionSet`.
        case updatePermissionSet = "UpdatePermissionSet"
        /// `sso:DeletePermissionSet`.
        case deletePermissionSet = "DeletePermissionSet"
        /// `sso:ListPermissionSets`.
        case listPermissionSets = "ListPermissionSets"
        /// `sso:AttachManagedPolicyToPermissionSet`.
        case attachManagedPolicyToPermissionSet = "AttachManagedPolicyToPermissionSet"
        /// `sso:DetachManagedPolicyFromPermissionSet`.
        case detachManagedPolicyFromPermissionSet = "DetachManagedPolicyFromPermissionSet"
        /// `sso:ListManagedPoliciesInPermissionSet`.
        case listManagedPoliciesInPermissionSet = "ListManagedPoliciesInPermissionSet"
        /// `sso:AttachCustomerManagedPolicyReferenceToPermissionSet`.
        case attachCustomerManagedPolicyReferenceToPermissionSet = "AttachCustomerManagedPolicyReferenceToPermissionSet"
        /// `sso:DetachCustomerManagedPolicyReferenceFromPermissionSet`.
        case detachCustomerManagedPolicyReferenceFromPermissionSet = "DetachCustomerManagedPolicyReferenceFromPermissionSet"
        /// `sso:ListCustomerManagedPolicyReferencesInPermissionSet`.
        case listCustomerManagedPolicyReferencesInPermissionSet = "ListCustomerManagedPolicyReferencesInPermissionSet"
        /// `sso:PutInlinePolicyToPermissionSet`.
        case putInlinePolicyToPermissionSet = "PutInlinePolicyToPermissionSet"
        /// `sso:GetInlinePolicyForPermissionSet`.
        case getInlinePolicyForPermissionSet = "GetInlinePolicyForPermissionSet"
        /// `sso:DeleteInlinePolicyFromPermissionSet`.
        case deleteInlinePolicyFromPermissionSet = "DeleteInlinePolicyFromPermissionSet"
        /// `sso:PutPermissionsBoundaryToPermissionSet`.
        case putPermissionsBoundaryToPermissionSet = "PutPermissionsBoundaryToPermissionSet"
        /// `sso:GetPermissionsBoundaryForPermissionSet`.
        case getPermissionsBoundaryForPermissionSet = "GetPermissionsBoundaryForPermissionSet"
        /// `sso:DeletePermissionsBoundaryFromPermissionSet`.
        case deletePermissionsBoundaryFromPermissionSet = "DeletePermissionsBoundaryFromPermissionSet"
        /// `sso:TagResource`.
        case tagResource = "TagResource"
        /// `sso:UntagResource`.
        case untagResource = "UntagResource"
        /// `sso:ListTagsForResource`.
        case listTagsForResource = "ListTagsForResource"
        /// `sso:ProvisionPermissionSet`.
        case provisionPermissionSet = "ProvisionPermissionSet"
        /// `sso:DescribePermissionSetProvisioningStatus`.
        case describePermissionSetProvisioningStatus = "DescribePermissionSetProvisioningStatus"
        /// `sso:ListPermissionSetProvisioningStatus`.
        case listPermissionSetProvisioningStatus = "ListPermissionSetProvisioningStatus"
        /// `sso:ListAccountsForProvisionedPermissionSet`.
        case listAccountsForProvisionedPermissionSet = "ListAccountsForProvisionedPermissionSet"
        /// `sso:ListPermissionSetsProvisionedToAccount`.
        case listPermissionSetsProvisionedToAccount = "ListPermissionSetsProvisionedToAccount"
        /// `sso:CreateAccountAssignment`.
        case createAccountAssignment = "CreateAccountAssignment"
        /// `sso:DeleteAccountAssignment`.
        case deleteAccountAssignment = "DeleteAccountAssignment"
        /// `sso:DescribeAccountAssignmentCreationStatus`.
        case describeAccountAssignmentCreationStatus = "DescribeAccountAssignmentCreationStatus"
        /// `sso:DescribeAccountAssignmentDeletionStatus`.
        case describeAccountAssignmentDeletionStatus = "DescribeAccountAssignmentDeletionStatus"
        /// `sso:ListAccountAssignments`.
        case listAccountAssignments = "ListAccountAssignments"
        /// `sso:ListAccountAssignmentsForPrincipal`.
        case listAccountAssignmentsForPrincipal = "ListAccountAssignmentsForPrincipal"
        /// `sso:CreateInstanceAccessControlAttributeConfiguration`.
        case createInstanceAccessControlAttributeConfiguration = "CreateInstanceAccessControlAttributeConfiguration"
        /// `sso:DescribeInstanceAccessControlAttributeConfiguration`.
        case describeInstanceAccessControlAttributeConfiguration = "DescribeInstanceAccessControlAttributeConfiguration"
        /// `sso:UpdateInstanceAccessControlAttributeConfiguration`.
        case updateInstanceAccessControlAttributeConfiguration = "UpdateInstanceAccessControlAttributeConfiguration"
        /// `sso:DeleteInstanceAccessControlAttributeConfiguration`.
        case deleteInstanceAccessControlAttributeConfiguration = "DeleteInstanceAccessControlAttributeConfiguration"

        /// The service the operations belong to.
        public static var service: ServiceDescriptor { .ssoAdmin }
        /// The IAM action prefix (the SigV4 signing name).
        public static var iamPrefix: String { "sso" }
    }
}
