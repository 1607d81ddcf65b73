// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

/// Typed calls to AWS Single Sign-On Admin, one method per operation the reconcilers use.
///
/// A small value over a shared `AWSClient`, so signing, retries and rate limits stay in one
/// place; every method names its `Operation`, which is how `AWSOperationTable` stays complete.
public struct SSOAdminAPI: Sendable {
    /// The client every call goes through.
    public let client: AWSClient
    /// The region to call; nil uses the client's region (global services ignore it).
    public let region: String?

    /// Wraps a client; pass `region` to address a regional service elsewhere than the client's default.
    public init(client: AWSClient, region: String? = nil) {
        self.client = client
        self.region = region
    }

    /// Lists the details of the organization and account instances of IAM Identity Center that were created in or visible to the account calling this API.
    public func listInstances(_ input: ListInstancesRequest = .init()) async throws -> ListInstancesResponse {
        try await client.invokeJSON(Operation.listInstances, input: input, region: region)
    }

    /// Creates a permission set within a specified IAM Identity Center instance.
    public func createPermissionSet(_ input: CreatePermissionSetRequest) async throws -> CreatePermissionSetResponse {
        try await client.invokeJSON(Operation.createPermissionSet, input: input, region: region)
    }

    /// Gets the details of the permission set.
    public func describePermissionSet(_ input: DescribePermissionSetRequest) async throws -> DescribePermissionSetResponse {
        try await client.invokeJSON(Operation.describePermissionSet, input: input, region: region)
    }

    /// Updates an existing permission set.
    public func updatePermissionSet(_ input: UpdatePermissionSetRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.updatePermissionSet, input: input, region: region)
    }

    /// Deletes the specified permission set.
    public func deletePermissionSet(_ input: DeletePermissionSetRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.deletePermissionSet, input: input, region: region)
    }

    /// Lists the PermissionSet s in an IAM Identity Center instance.
    public func listPermissionSets(_ input: ListPermissionSetsRequest) async throws -> ListPermissionSetsResponse {
        try await client.invokeJSON(Operation.listPermissionSets, input: input, region: region)
    }

    /// Attaches an Amazon Web Services managed policy ARN to a permission set.
    public func attachManagedPolicyToPermissionSet(_ input: AttachManagedPolicyToPermissionSetRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.attachManagedPolicyToPermissionSet, input: input, region: region)
    }

    /// Detaches the attached Amazon Web Services managed policy ARN from the specified permission set.
    public func detachManagedPolicyFromPermissionSet(_ input: DetachManagedPolicyFromPermissionSetRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.detachManagedPolicyFromPermissionSet, input: input, region: region)
    }

    /// Lists the Amazon Web Services managed policy that is attached to a specified permission set.
    public func listManagedPoliciesInPermissionSet(_ input: ListManagedPoliciesInPermissionSetRequest) async throws -> ListManagedPoliciesInPermissionSetResponse {
        try await client.invokeJSON(Operation.listManagedPoliciesInPermissionSet, input: input, region: region)
    }

    /// Attaches the specified customer managed policy to the specified PermissionSet .
    public func attachCustomerManagedPolicyReferenceToPermissionSet(_ input: AttachCustomerManagedPolicyReferenceToPermissionSetRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.attachCustomerManagedPolicyReferenceToPermissionSet, input: input, region: region)
    }

    /// Detaches the specified customer managed policy from the specified PermissionSet .
    public func detachCustomerManagedPolicyReferenceFromPermissionSet(_ input: DetachCustomerManagedPolicyReferenceFromPermissionSetRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.detachCustomerManagedPolicyReferenceFromPermissionSet, input: input, region: region)
    }

    /// Lists all customer managed policies attached to a specified PermissionSet .
    public func listCustomerManagedPolicyReferencesInPermissionSet(_ input: ListCustomerManagedPolicyReferencesInPermissionSetRequest) async throws -> ListCustomerManagedPolicyReferencesInPermissionSetResponse {
        try await client.invokeJSON(Operation.listCustomerManagedPolicyReferencesInPermissionSet, input: input, region: region)
    }

    /// Attaches an inline policy to a permission set.
    public func putInlinePolicyToPermissionSet(_ input: PutInlinePolicyToPermissionSetRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.putInlinePolicyToPermissionSet, input: input, region: region)
    }

    /// Obtains the inline policy assigned to the permission set.
    public func getInlinePolicyForPermissionSet(_ input: GetInlinePolicyForPermissionSetRequest) async throws -> GetInlinePolicyForPermissionSetResponse {
        try await client.invokeJSON(Operation.getInlinePolicyForPermissionSet, input: input, region: region)
    }

    /// Deletes the inline policy from a specified permission set.
    public func deleteInlinePolicyFromPermissionSet(_ input: DeleteInlinePolicyFromPermissionSetRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.deleteInlinePolicyFromPermissionSet, input: input, region: region)
    }

    /// Attaches an Amazon Web Services managed or customer managed policy to the specified PermissionSet as a permissions boundary.
    public func putPermissionsBoundaryToPermissionSet(_ input: PutPermissionsBoundaryToPermissionSetRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.putPermissionsBoundaryToPermissionSet, input: input, region: region)
    }

    /// Obtains the permissions boundary for a specified PermissionSet .
    public func getPermissionsBoundaryForPermissionSet(_ input: GetPermissionsBoundaryForPermissionSetRequest) async throws -> GetPermissionsBoundaryForPermissionSetResponse {
        try await client.invokeJSON(Operation.getPermissionsBoundaryForPermissionSet, input: input, region: region)
    }

    /// Deletes the permissions boundary from a specified PermissionSet .
    public func deletePermissionsBoundaryFromPermissionSet(_ input: DeletePermissionsBoundaryFromPermissionSetRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.deletePermissionsBoundaryFromPermissionSet, input: input, region: region)
    }

    /// Associates a set of tags with a specified resource.
    public func tagResource(_ input: TagResourceRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.tagResource, input: input, region: region)
    }

    /// Disassociates a set of tags from a specified resource.
    public func untagResource(_ input: UntagResourceRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.untagResource, input: input, region: region)
    }

    /// Lists the tags that are attached to a specified resource.
    public func listTagsForResource(_ input: ListTagsForResourceRequest) async throws -> ListTagsForResourceResponse {
        try await client.invokeJSON(Operation.listTagsForResource, input: input, region: region)
    }

    /// The process by which a specified permission set is provisioned to the specified target.
    public func provisionPermissionSet(_ input: ProvisionPermissionSetRequest) async throws -> ProvisionPermissionSetResponse {
        try await client.invokeJSON(Operation.provisionPermissionSet, input: input, region: region)
    }

    /// Describes the status for the given permission set provisioning request.
    public func describePermissionSetProvisioningStatus(_ input: DescribePermissionSetProvisioningStatusRequest) async throws -> DescribePermissionSetProvisioningStatusResponse {
        try await client.invokeJSON(Operation.describePermissionSetProvisioningStatus, input: input, region: region)
    }

    /// Lists the status of the permission set provisioning requests for a specified IAM Identity Center instance.
    public func listPermissionSetProvisioningStatus(_ input: ListPermissionSetProvisioningStatusRequest) async throws -> ListPermissionSetProvisioningStatusResponse {
        try await client.invokeJSON(Operation.listPermissionSetProvisioningStatus, input: input, region: region)
    }

    /// Lists all the Amazon Web Services accounts where the specified permission set is provisioned.
    public func listAccountsForProvisionedPermissionSet(_ input: ListAccountsForProvisionedPermissionSetRequest) async throws -> ListAccountsForProvisionedPermissionSetResponse {
        try await client.invokeJSON(Operation.listAccountsForProvisionedPermissionSet, input: input, region: region)
    }

    /// Lists all the permission sets that are provisioned to a specified Amazon Web Services account.
    public func listPermissionSetsProvisionedToAccount(_ input: ListPermissionSetsProvisionedToAccountRequest) async throws -> ListPermissionSetsProvisionedToAccountResponse {
        try await client.invokeJSON(Operation.listPermissionSetsProvisionedToAccount, input: input, region: region)
    }

    /// Assigns access to a principal for a specified Amazon Web Services account using a specified permission set. Holds an `assignments` permit of the client's scope for the call.
    public func createAccountAssignment(_ input: CreateAccountAssignmentRequest) async throws -> CreateAccountAssignmentResponse {
        try await client.limits.withPermit("assignments", scope: client.configuration.scope) {
            try await client.invokeJSON(Operation.createAccountAssignment, input: input, region: region)
        }
    }

    /// Deletes a principal's access from a specified Amazon Web Services account using a specified permission set. Holds an `assignments` permit of the client's scope for the call.
    public func deleteAccountAssignment(_ input: DeleteAccountAssignmentRequest) async throws -> DeleteAccountAssignmentResponse {
        try await client.limits.withPermit("assignments", scope: client.configuration.scope) {
            try await client.invokeJSON(Operation.deleteAccountAssignment, input: input, region: region)
        }
    }

    /// Describes the status of the assignment creation request.
    public func describeAccountAssignmentCreationStatus(_ input: DescribeAccountAssignmentCreationStatusRequest) async throws -> DescribeAccountAssignmentCreationStatusResponse {
        try await client.invokeJSON(Operation.describeAccountAssignmentCreationStatus, input: input, region: region)
    }

    /// Describes the status of the assignment deletion request.
    public func describeAccountAssignmentDeletionStatus(_ input: DescribeAccountAssignmentDeletionStatusRequest) async throws -> DescribeAccountAssignmentDeletionStatusResponse {
        try await client.invokeJSON(Operation.describeAccountAssignmentDeletionStatus, input: input, region: region)
    }

    /// Lists the assignee of the specified Amazon Web Services account with the specified permission set.
    public func listAccountAssignments(_ input: ListAccountAssignmentsRequest) async throws -> ListAccountAssignmentsResponse {
        try await client.invokeJSON(Operation.listAccountAssignments, input: input, region: region)
    }

    /// Retrieves a list of the IAM Identity Center associated Amazon Web Services accounts that the principal has access to.
    public func listAccountAssignmentsForPrincipal(_ input: ListAccountAssignmentsForPrincipalRequest) async throws -> ListAccountAssignmentsForPrincipalResponse {
        try await client.invokeJSON(Operation.listAccountAssignmentsForPrincipal, input: input, region: region)
    }

    /// Enables the attributes-based access control (ABAC) feature for the specified IAM Identity Center instance.
    public func createInstanceAccessControlAttributeConfiguration(_ input: CreateInstanceAccessControlAttributeConfigurationRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.createInstanceAccessControlAttributeConfiguration, input: input, region: region)
    }

    /// Returns the list of IAM Identity Center identity store attributes that have been configured to work with attributes-based access control (ABAC) for the specified IAM…
    public func describeInstanceAccessControlAttributeConfiguration(_ input: DescribeInstanceAccessControlAttributeConfigurationRequest) async throws -> DescribeInstanceAccessControlAttributeConfigurationResponse {
        try await client.invokeJSON(Operation.describeInstanceAccessControlAttributeConfiguration, input: input, region: region)
    }

    /// Updates the IAM Identity Center identity store attributes that you can use with the IAM Identity Center instance for attributes-based access control (ABAC).
    public func updateInstanceAccessControlAttributeConfiguration(_ input: UpdateInstanceAccessControlAttributeConfigurationRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.updateInstanceAccessControlAttributeConfiguration, input: input, region: region)
    }

    /// Disables the attributes-based access control (ABAC) feature for the specified IAM Identity Center instance and deletes all of the attribute mappings that have been…
    public func deleteInstanceAccessControlAttributeConfiguration(_ input: DeleteInstanceAccessControlAttributeConfigurationRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.deleteInstanceAccessControlAttributeConfiguration, input: input, region: region)
    }
}
