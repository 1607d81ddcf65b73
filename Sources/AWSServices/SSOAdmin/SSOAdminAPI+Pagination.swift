// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// Every `Instances` of `ListInstances`, following `NextToken` until the last page.
    public func listAllInstances(_ input: ListInstancesRequest = .init()) async throws -> [InstanceMetadata] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listInstances(page)
            return (output.instances ?? [], output.nextToken)
        }
    }

    /// Every `PermissionSets` of `ListPermissionSets`, following `NextToken` until the last page.
    public func listAllPermissionSets(_ input: ListPermissionSetsRequest) async throws -> [String] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listPermissionSets(page)
            return (output.permissionSets ?? [], output.nextToken)
        }
    }

    /// Every `AttachedManagedPolicies` of `ListManagedPoliciesInPermissionSet`, following `NextToken` until the last page.
    public func listAllManagedPoliciesInPermissionSet(_ input: ListManagedPoliciesInPermissionSetRequest) async throws -> [AttachedManagedPolicy] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listManagedPoliciesInPermissionSet(page)
            return (output.attachedManagedPolicies ?? [], output.nextToken)
        }
    }

    /// Every `CustomerManagedPolicyReferences` of `ListCustomerManagedPolicyReferencesInPermissionSet`, following `NextToken` until the last page.
    public func listAllCustomerManagedPolicyReferencesInPermissionSet(_ input: ListCustomerManagedPolicyReferencesInPermissionSetRequest) async throws -> [CustomerManagedPolicyReference] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listCustomerManagedPolicyReferencesInPermissionSet(page)
            return (output.customerManagedPolicyReferences ?? [], output.nextToken)
        }
    }

    /// Every `Tags` of `ListTagsForResource`, following `NextToken` until the last page.
    public func listAllTagsForResource(_ input: ListTagsForResourceRequest) async throws -> [Tag] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listTagsForResource(page)
            return (output.tags ?? [], output.nextToken)
        }
    }

    /// Every `PermissionSetsProvisioningStatus` of `ListPermissionSetProvisioningStatus`, following `NextToken` until the last page.
    public func listAllPermissionSetProvisioningStatus(_ input: ListPermissionSetProvisioningStatusRequest) async throws -> [PermissionSetProvisioningStatusMetadata] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listPermissionSetProvisioningStatus(page)
            return (output.permissionSetsProvisioningStatus ?? [], output.nextToken)
        }
    }

    /// Every `AccountIds` of `ListAccountsForProvisionedPermissionSet`, following `NextToken` until the last page.
    public func listAllAccountsForProvisionedPermissionSet(_ input: ListAccountsForProvisionedPermissionSetRequest) async throws -> [String] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listAccountsForProvisionedPermissionSet(page)
            return (output.accountIds ?? [], output.nextToken)
        }
    }

    /// Every `PermissionSets` of `ListPermissionSetsProvisionedToAccount`, following `NextToken` until the last page.
    public func listAllPermissionSetsProvisionedToAccount(_ input: ListPermissionSetsProvisionedToAccountRequest) async throws -> [String] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listPermissionSetsProvisionedToAccount(page)
            return (output.permissionSets ?? [], output.nextToken)
        }
    }

    /// Every `AccountAssignments` of `ListAccountAssignments`, following `NextToken` until the last page.
    public func listAllAccountAssignments(_ input: ListAccountAssignmentsRequest) async throws -> [AccountAssignment] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listAccountAssignments(page)
            return (output.accountAssignments ?? [], output.nextToken)
        }
    }

    /// Every `AccountAssignments` of `ListAccountAssignmentsForPrincipal`, following `NextToken` until the last page.
    public func listAllAccountAssignmentsForPrincipal(_ input: ListAccountAssignmentsForPrincipalRequest) async throws -> [AccountAssignmentForPrincipal] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listAccountAssignmentsForPrincipal(page)
            return (output.accountAssignments ?? [], output.nextToken)
        }
    }
}
