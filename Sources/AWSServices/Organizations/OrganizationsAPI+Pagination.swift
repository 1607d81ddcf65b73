// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// Every `Roots` of `ListRoots`, following `NextToken` until the last page.
    public func listAllRoots(_ input: ListRootsRequest = .init()) async throws -> [Root] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listRoots(page)
            return (output.roots ?? [], output.nextToken)
        }
    }

    /// Every `OrganizationalUnits` of `ListOrganizationalUnitsForParent`, following `NextToken` until the last page.
    public func listAllOrganizationalUnitsForParent(_ input: ListOrganizationalUnitsForParentRequest) async throws -> [OrganizationalUnit] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listOrganizationalUnitsForParent(page)
            return (output.organizationalUnits ?? [], output.nextToken)
        }
    }

    /// Every `Accounts` of `ListAccounts`, following `NextToken` until the last page.
    public func listAllAccounts(_ input: ListAccountsRequest = .init()) async throws -> [Account] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listAccounts(page)
            return (output.accounts ?? [], output.nextToken)
        }
    }

    /// Every `Accounts` of `ListAccountsForParent`, following `NextToken` until the last page.
    public func listAllAccountsForParent(_ input: ListAccountsForParentRequest) async throws -> [Account] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listAccountsForParent(page)
            return (output.accounts ?? [], output.nextToken)
        }
    }

    /// Every `Parents` of `ListParents`, following `NextToken` until the last page.
    public func listAllParents(_ input: ListParentsRequest) async throws -> [Parent] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listParents(page)
            return (output.parents ?? [], output.nextToken)
        }
    }

    /// Every `Children` of `ListChildren`, following `NextToken` until the last page.
    public func listAllChildren(_ input: ListChildrenRequest) async throws -> [Child] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listChildren(page)
            return (output.children ?? [], output.nextToken)
        }
    }

    /// Every `CreateAccountStatuses` of `ListCreateAccountStatus`, following `NextToken` until the last page.
    public func listAllCreateAccountStatus(_ input: ListCreateAccountStatusRequest = .init()) async throws -> [CreateAccountStatus] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listCreateAccountStatus(page)
            return (output.createAccountStatuses ?? [], output.nextToken)
        }
    }

    /// Every `Tags` of `ListTagsForResource`, following `NextToken` until the last page.
    public func listAllTagsForResource(_ input: ListTagsForResourceRequest) async throws -> [Tag] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listTagsForResource(page)
            return (output.tags ?? [], output.nextToken)
        }
    }

    /// Every `Policies` of `ListPolicies`, following `NextToken` until the last page.
    public func listAllPolicies(_ input: ListPoliciesRequest) async throws -> [PolicySummary] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listPolicies(page)
            return (output.policies ?? [], output.nextToken)
        }
    }

    /// Every `Targets` of `ListTargetsForPolicy`, following `NextToken` until the last page.
    public func listAllTargetsForPolicy(_ input: ListTargetsForPolicyRequest) async throws -> [PolicyTargetSummary] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listTargetsForPolicy(page)
            return (output.targets ?? [], output.nextToken)
        }
    }

    /// Every `Policies` of `ListPoliciesForTarget`, following `NextToken` until the last page.
    public func listAllPoliciesForTarget(_ input: ListPoliciesForTargetRequest) async throws -> [PolicySummary] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listPoliciesForTarget(page)
            return (output.policies ?? [], output.nextToken)
        }
    }

    /// Every `DelegatedAdministrators` of `ListDelegatedAdministrators`, following `NextToken` until the last page.
    public func listAllDelegatedAdministrators(_ input: ListDelegatedAdministratorsRequest = .init()) async throws -> [DelegatedAdministrator] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listDelegatedAdministrators(page)
            return (output.delegatedAdministrators ?? [], output.nextToken)
        }
    }

    /// Every `DelegatedServices` of `ListDelegatedServicesForAccount`, following `NextToken` until the last page.
    public func listAllDelegatedServicesForAccount(_ input: ListDelegatedServicesForAccountRequest) async throws -> [DelegatedService] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listDelegatedServicesForAccount(page)
            return (output.delegatedServices ?? [], output.nextToken)
        }
    }

    /// Every `EnabledServicePrincipals` of `ListAWSServiceAccessForOrganization`, following `NextToken` until the last page.
    public func listAllAWSServiceAccessForOrganization(_ input: ListAWSServiceAccessForOrganizationRequest = .init()) async throws -> [EnabledServicePrincipal] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listAWSServiceAccessForOrganization(page)
            return (output.enabledServicePrincipals ?? [], output.nextToken)
        }
    }
}
