// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

/// Typed calls to AWS Organizations, one method per operation the reconcilers use.
///
/// A small value over a shared `AWSClient`, so signing, retries and rate limits stay in one
/// place; every method names its `Operation`, which is how `AWSOperationTable` stays complete.
public struct OrganizationsAPI: Sendable {
    /// The client every call goes through.
    public let client: AWSClient
    /// The region to call; nil uses the client's region (global services ignore it).
    public let region: String?

    /// Wraps a client; pass `region` to address a regional service elsewhere than the client's default.
    public init(client: AWSClient, region: String? = nil) {
        self.client = client
        self.region = region
    }

    /// Retrieves information about the organization that the user's account belongs to.
    public func describeOrganization() async throws -> DescribeOrganizationResponse {
        try await client.invokeJSON(Operation.describeOrganization, input: EmptyInput(), region: region)
    }

    /// Creates an Amazon Web Services organization.
    public func createOrganization(_ input: CreateOrganizationRequest = .init()) async throws -> CreateOrganizationResponse {
        try await client.invokeJSON(Operation.createOrganization, input: input, region: region)
    }

    /// Lists the roots that are defined in the current organization.
    public func listRoots(_ input: ListRootsRequest = .init()) async throws -> ListRootsResponse {
        try await client.invokeJSON(Operation.listRoots, input: input, region: region)
    }

    /// Enables a policy type in a root.
    public func enablePolicyType(_ input: EnablePolicyTypeRequest) async throws -> EnablePolicyTypeResponse {
        try await client.invokeJSON(Operation.enablePolicyType, input: input, region: region)
    }

    /// Disables an organizational policy type in a root.
    public func disablePolicyType(_ input: DisablePolicyTypeRequest) async throws -> DisablePolicyTypeResponse {
        try await client.invokeJSON(Operation.disablePolicyType, input: input, region: region)
    }

    /// Lists the organizational units (OUs) in a parent organizational unit or root.
    public func listOrganizationalUnitsForParent(_ input: ListOrganizationalUnitsForParentRequest) async throws -> ListOrganizationalUnitsForParentResponse {
        try await client.invokeJSON(Operation.listOrganizationalUnitsForParent, input: input, region: region)
    }

    /// Creates an organizational unit (OU) within a root or parent OU.
    public func createOrganizationalUnit(_ input: CreateOrganizationalUnitRequest) async throws -> CreateOrganizationalUnitResponse {
        try await client.invokeJSON(Operation.createOrganizationalUnit, input: input, region: region)
    }

    /// Renames the specified organizational unit (OU).
    public func updateOrganizationalUnit(_ input: UpdateOrganizationalUnitRequest) async throws -> UpdateOrganizationalUnitResponse {
        try await client.invokeJSON(Operation.updateOrganizationalUnit, input: input, region: region)
    }

    /// Deletes an organizational unit (OU) from a root or another OU.
    public func deleteOrganizationalUnit(_ input: DeleteOrganizationalUnitRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.deleteOrganizationalUnit, input: input, region: region)
    }

    /// Retrieves information about an organizational unit (OU).
    public func describeOrganizationalUnit(_ input: DescribeOrganizationalUnitRequest) async throws -> DescribeOrganizationalUnitResponse {
        try await client.invokeJSON(Operation.describeOrganizationalUnit, input: input, region: region)
    }

    /// Lists all the accounts in the organization.
    public func listAccounts(_ input: ListAccountsRequest = .init()) async throws -> ListAccountsResponse {
        try await client.invokeJSON(Operation.listAccounts, input: input, region: region)
    }

    /// Lists the accounts in an organization that are contained by the specified target root or organizational unit (OU).
    public func listAccountsForParent(_ input: ListAccountsForParentRequest) async throws -> ListAccountsForParentResponse {
        try await client.invokeJSON(Operation.listAccountsForParent, input: input, region: region)
    }

    /// Lists the root or organizational units (OUs) that serve as the immediate parent of the specified child OU or account.
    public func listParents(_ input: ListParentsRequest) async throws -> ListParentsResponse {
        try await client.invokeJSON(Operation.listParents, input: input, region: region)
    }

    /// Lists all of the organizational units (OUs) or accounts that are contained in the specified parent OU or root.
    public func listChildren(_ input: ListChildrenRequest) async throws -> ListChildrenResponse {
        try await client.invokeJSON(Operation.listChildren, input: input, region: region)
    }

    /// Retrieves Organizations-related information about the specified account.
    public func describeAccount(_ input: DescribeAccountRequest) async throws -> DescribeAccountResponse {
        try await client.invokeJSON(Operation.describeAccount, input: input, region: region)
    }

    /// Creates an Amazon Web Services account that is automatically a member of the organization whose credentials made the request. Holds an `create-account` permit of the client's scope for the call.
    public func createAccount(_ input: CreateAccountRequest) async throws -> CreateAccountResponse {
        try await client.limits.withPermit("create-account", scope: client.configuration.scope) {
            try await client.invokeJSON(Operation.createAccount, input: input, region: region)
        }
    }

    /// Retrieves the current status of an asynchronous request to create an account.
    public func describeCreateAccountStatus(_ input: DescribeCreateAccountStatusRequest) async throws -> DescribeCreateAccountStatusResponse {
        try await client.invokeJSON(Operation.describeCreateAccountStatus, input: input, region: region)
    }

    /// Lists the account creation requests that match the specified status that is currently being tracked for the organization.
    public func listCreateAccountStatus(_ input: ListCreateAccountStatusRequest = .init()) async throws -> ListCreateAccountStatusResponse {
        try await client.invokeJSON(Operation.listCreateAccountStatus, input: input, region: region)
    }

    /// Moves an account from its current source parent root or organizational unit (OU) to the specified destination parent root or OU.
    public func moveAccount(_ input: MoveAccountRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.moveAccount, input: input, region: region)
    }

    /// Adds one or more tags to the specified resource.
    public func tagResource(_ input: TagResourceRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.tagResource, input: input, region: region)
    }

    /// Removes any tags with the specified keys from the specified resource.
    public func untagResource(_ input: UntagResourceRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.untagResource, input: input, region: region)
    }

    /// Lists tags that are attached to the specified resource.
    public func listTagsForResource(_ input: ListTagsForResourceRequest) async throws -> ListTagsForResourceResponse {
        try await client.invokeJSON(Operation.listTagsForResource, input: input, region: region)
    }

    /// Closes an Amazon Web Services member account within an organization.
    public func closeAccount(_ input: CloseAccountRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.closeAccount, input: input, region: region)
    }

    /// Removes the specified account from the organization.
    public func removeAccountFromOrganization(_ input: RemoveAccountFromOrganizationRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.removeAccountFromOrganization, input: input, region: region)
    }

    /// Retrieves the list of all policies in an organization of a specified type.
    public func listPolicies(_ input: ListPoliciesRequest) async throws -> ListPoliciesResponse {
        try await client.invokeJSON(Operation.listPolicies, input: input, region: region)
    }

    /// Retrieves information about a policy.
    public func describePolicy(_ input: DescribePolicyRequest) async throws -> DescribePolicyResponse {
        try await client.invokeJSON(Operation.describePolicy, input: input, region: region)
    }

    /// Creates a policy of a specified type that you can attach to a root, an organizational unit (OU), or an individual Amazon Web Services account.
    public func createPolicy(_ input: CreatePolicyRequest) async throws -> CreatePolicyResponse {
        try await client.invokeJSON(Operation.createPolicy, input: input, region: region)
    }

    /// Updates an existing policy with a new name, description, or content.
    public func updatePolicy(_ input: UpdatePolicyRequest) async throws -> UpdatePolicyResponse {
        try await client.invokeJSON(Operation.updatePolicy, input: input, region: region)
    }

    /// Deletes the specified policy from your organization.
    public func deletePolicy(_ input: DeletePolicyRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.deletePolicy, input: input, region: region)
    }

    /// Attaches a policy to a root, an organizational unit (OU), or an individual account.
    public func attachPolicy(_ input: AttachPolicyRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.attachPolicy, input: input, region: region)
    }

    /// Detaches a policy from a target root, organizational unit (OU), or account.
    public func detachPolicy(_ input: DetachPolicyRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.detachPolicy, input: input, region: region)
    }

    /// Lists all the roots, organizational units (OUs), and accounts that the specified policy is attached to.
    public func listTargetsForPolicy(_ input: ListTargetsForPolicyRequest) async throws -> ListTargetsForPolicyResponse {
        try await client.invokeJSON(Operation.listTargetsForPolicy, input: input, region: region)
    }

    /// Lists the policies that are directly attached to the specified target root, organizational unit (OU), or account.
    public func listPoliciesForTarget(_ input: ListPoliciesForTargetRequest) async throws -> ListPoliciesForTargetResponse {
        try await client.invokeJSON(Operation.listPoliciesForTarget, input: input, region: region)
    }

    /// Enables the specified member account to administer the Organizations features of the specified Amazon Web Services service.
    public func registerDelegatedAdministrator(_ input: RegisterDelegatedAdministratorRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.registerDelegatedAdministrator, input: input, region: region)
    }

    /// Removes the specified member Amazon Web Services account as a delegated administrator for the specified Amazon Web Services service.
    public func deregisterDelegatedAdministrator(_ input: DeregisterDelegatedAdministratorRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.deregisterDelegatedAdministrator, input: input, region: region)
    }

    /// Lists the Amazon Web Services accounts that are designated as delegated administrators in this organization.
    public func listDelegatedAdministrators(_ input: ListDelegatedAdministratorsRequest = .init()) async throws -> ListDelegatedAdministratorsResponse {
        try await client.invokeJSON(Operation.listDelegatedAdministrators, input: input, region: region)
    }

    /// List the Amazon Web Services services for which the specified account is a delegated administrator.
    public func listDelegatedServicesForAccount(_ input: ListDelegatedServicesForAccountRequest) async throws -> ListDelegatedServicesForAccountResponse {
        try await client.invokeJSON(Operation.listDelegatedServicesForAccount, input: input, region: region)
    }

    /// Provides an Amazon Web Services service (the service that is specified by ServicePrincipal ) with permissions to view the structure of an organization, create a…
    public func enableAWSServiceAccess(_ input: EnableAWSServiceAccessRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.enableAWSServiceAccess, input: input, region: region)
    }

    /// Disables the integration of an Amazon Web Services service (the service that is specified by ServicePrincipal ) with Organizations.
    public func disableAWSServiceAccess(_ input: DisableAWSServiceAccessRequest) async throws {
        try await client.invokeJSONIgnoringOutput(Operation.disableAWSServiceAccess, input: input, region: region)
    }

    /// Returns a list of the Amazon Web Services services that you enabled to integrate with your organization.
    public func listAWSServiceAccessForOrganization(_ input: ListAWSServiceAccessForOrganizationRequest = .init()) async throws -> ListAWSServiceAccessForOrganizationResponse {
        try await client.invokeJSON(Operation.listAWSServiceAccessForOrganization, input: input, region: region)
    }
}
