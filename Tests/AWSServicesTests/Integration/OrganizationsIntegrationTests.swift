import AWSClient
import AWSServices
import Foundation
import Testing

extension AWSServicesIntegrationTests {
    /// Organizations through AssumeRole into two management accounts, signatures checked.
    @Suite struct OrganizationsIntegration {
        @Test func twoOrganizationsEachWithOUAndWaitedAccount() async throws {
            try await IntegrationHarness.exclusive { harness in
                var organizationIds: Set<String> = []
                for account in [IntegrationHarness.managementA, IntegrationHarness.managementB] {
                    let (client, rootId) = try await harness.organization(account)
                    let organizations = OrganizationsAPI(client: client)
                    let described = try await organizations.describeOrganization()
                    #expect(described.organization?.masterAccountId == account)
                    organizationIds.insert(try #require(described.organization?.id))

                    let ou = try await organizations.createOrganizationalUnit(.init(parentId: rootId, name: "workloads"))
                    let ouId = try #require(ou.organizationalUnit?.id)
                    let status = try await organizations.createAccountAndWait(
                        .init(email: "app-\(account)@example.com", accountName: "app"), clock: harness.clock)
                    #expect(status.state == "SUCCEEDED")
                    let accountId = try #require(status.accountId)
                    try await organizations.moveAccount(.init(accountId: accountId, sourceParentId: rootId,
                                                              destinationParentId: ouId))
                    let inOU = try await organizations.listAllAccountsForParent(.init(parentId: ouId))
                    #expect(inOU.map(\.id) == [accountId])
                    let parents = try await organizations.listAllParents(.init(childId: accountId))
                    #expect(parents.map(\.id) == [ouId])
                    let units = try await organizations.listAllOrganizationalUnitsForParent(.init(parentId: rootId))
                    #expect(units.map(\.name) == ["workloads"])
                }
                #expect(organizationIds.count == 2, "each management account has its own organization")
            }
        }

        @Test func policiesTagsDelegatedAdministratorAndServiceAccess() async throws {
            try await IntegrationHarness.exclusive { harness in
                let (client, rootId) = try await harness.organization(IntegrationHarness.managementA)
                let organizations = OrganizationsAPI(client: client)
                _ = try await organizations.enablePolicyType(.init(rootId: rootId, policyType: "SERVICE_CONTROL_POLICY"))
                let ou = try await organizations.createOrganizationalUnit(.init(parentId: rootId, name: "sandbox"))
                let ouId = try #require(ou.organizationalUnit?.id)
                let document = #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*"}]}"#
                let created = try await organizations.createPolicy(.init(
                    content: document, description: "no s3", name: "deny-s3", type: "SERVICE_CONTROL_POLICY",
                    tags: [.init(key: "owner", value: "platform")]))
                let policyId = try #require(created.policy?.policySummary?.id)
                try await organizations.attachPolicy(.init(policyId: policyId, targetId: ouId))
                let targets = try await organizations.listAllTargetsForPolicy(.init(policyId: policyId))
                #expect(targets.map(\.targetId) == [ouId])
                let listed = try await organizations.listAllPolicies(.init(filter: "SERVICE_CONTROL_POLICY"))
                #expect(Set(listed.compactMap(\.name)).isSuperset(of: ["deny-s3", "FullAWSAccess"]))
                let onTarget = try await organizations.listAllPoliciesForTarget(
                    .init(targetId: ouId, filter: "SERVICE_CONTROL_POLICY"))
                #expect(onTarget.contains { $0.id == policyId })
                let described = try await organizations.describePolicy(.init(policyId: policyId))
                #expect(described.policy?.content == document)

                try await organizations.tagResource(.init(resourceId: ouId, tags: [.init(key: "env", value: "dev")]))
                try await organizations.untagResource(.init(resourceId: policyId, tagKeys: ["owner"]))
                let ouTags = try await organizations.listAllTagsForResource(.init(resourceId: ouId))
                #expect(ouTags == [.init(key: "env", value: "dev")])
                #expect(try await organizations.listAllTagsForResource(.init(resourceId: policyId)).isEmpty)

                try await organizations.enableAWSServiceAccess(.init(servicePrincipal: "sso.amazonaws.com"))
                let access = try await organizations.listAllAWSServiceAccessForOrganization()
                #expect(access.map(\.servicePrincipal) == ["sso.amazonaws.com"])

                let member = try await organizations.createAccountAndWait(
                    .init(email: "security@example.com", accountName: "security"), clock: harness.clock)
                let memberId = try #require(member.accountId)
                try await organizations.registerDelegatedAdministrator(
                    .init(accountId: memberId, servicePrincipal: "config-multiaccountsetup.amazonaws.com"))
                let admins = try await organizations.listAllDelegatedAdministrators()
                #expect(admins.map(\.id) == [memberId])
                let services = try await organizations.listAllDelegatedServicesForAccount(.init(accountId: memberId))
                #expect(services.map(\.servicePrincipal) == ["config-multiaccountsetup.amazonaws.com"])

                try await organizations.detachPolicy(.init(policyId: policyId, targetId: ouId))
                try await organizations.deletePolicy(.init(policyId: policyId))
                try await organizations.deregisterDelegatedAdministrator(
                    .init(accountId: memberId, servicePrincipal: "config-multiaccountsetup.amazonaws.com"))
                #expect(try await organizations.listAllDelegatedAdministrators().isEmpty)
            }
        }

        @Test func listsThirtyAccountsOverSeveralPages() async throws {
            try await IntegrationHarness.exclusive { harness in
                let (client, _) = try await harness.organization(IntegrationHarness.managementB)
                let organizations = OrganizationsAPI(client: client)
                for index in 1...30 {
                    _ = try await organizations.createAccountAndWait(
                        .init(email: "acct\(index)@example.com", accountName: "acct-\(index)"), clock: harness.clock)
                }
                let before = IntegrationHarness.attempts(client, "organizations", "ListAccounts")
                let accounts = try await organizations.listAllAccounts(.init(maxResults: 7))
                let pages = IntegrationHarness.attempts(client, "organizations", "ListAccounts") - before
                #expect(accounts.count == 31, "30 members and the management account")
                #expect(Set(accounts.compactMap(\.id)).count == 31, "no page repeated")
                #expect(pages == 5, "31 accounts at 7 a page")
            }
        }
    }
}
