import AWSClient
import AWSServices
import Foundation
import Testing

extension AWSServicesIntegrationTests {
    /// The update, detach and delete halves of the operations, so every shape is read back from the server once.
    @Suite struct LifecycleIntegration {
        @Test func organizationUnitsAccountsAndPoliciesThroughTheirWholeLife() async throws {
            try await IntegrationHarness.exclusive { harness in
                let (client, rootId) = try await harness.organization(IntegrationHarness.managementA)
                let organizations = OrganizationsAPI(client: client)
                let created = try await organizations.createOrganizationalUnit(.init(parentId: rootId, name: "old-name"))
                let ouId = try #require(created.organizationalUnit?.id)
                let renamed = try await organizations.updateOrganizationalUnit(.init(organizationalUnitId: ouId,
                                                                                     name: "new-name"))
                #expect(renamed.organizationalUnit?.name == "new-name")
                let described = try await organizations.describeOrganizationalUnit(.init(organizationalUnitId: ouId))
                #expect(described.organizationalUnit?.arn?.hasSuffix(ouId) == true)
                let children = try await organizations.listAllChildren(.init(parentId: rootId,
                                                                             childType: "ORGANIZATIONAL_UNIT"))
                #expect(children.map(\.id) == [ouId])

                let status = try await organizations.createAccountAndWait(
                    .init(email: "leaver@example.com", accountName: "leaver"), clock: harness.clock)
                let accountId = try #require(status.accountId)
                let requests = try await organizations.describeCreateAccountStatus(
                    .init(createAccountRequestId: try #require(status.id)))
                #expect(requests.createAccountStatus?.accountName == "leaver")
                let listed = try await organizations.listCreateAccountStatus(.init(states: ["SUCCEEDED"]))
                #expect(listed.createAccountStatuses?.contains { $0.accountId == accountId } == true)
                let account = try await organizations.describeAccount(.init(accountId: accountId))
                #expect(account.account?.email == "leaver@example.com")
                #expect(account.account?.joinedTimestamp != nil)

                _ = try await organizations.enablePolicyType(.init(rootId: rootId, policyType: "TAG_POLICY"))
                let policy = try await organizations.createPolicy(.init(
                    content: #"{"tags":{"env":{"tag_key":{"@@assign":"env"}}}}"#, description: "tags", name: "tags",
                    type: "TAG_POLICY"))
                let policyId = try #require(policy.policy?.policySummary?.id)
                let updated = try await organizations.updatePolicy(.init(policyId: policyId, description: "env tag"))
                #expect(updated.policy?.policySummary?.description == "env tag")
                try await organizations.deletePolicy(.init(policyId: policyId))
                let root = try await organizations.disablePolicyType(.init(rootId: rootId, policyType: "TAG_POLICY"))
                #expect(root.root?.policyTypes?.contains { $0.type == "TAG_POLICY" } != true)

                try await organizations.enableAWSServiceAccess(
                    .init(servicePrincipal: "member.org.stacksets.cloudformation.amazonaws.com"))
                try await organizations.disableAWSServiceAccess(
                    .init(servicePrincipal: "member.org.stacksets.cloudformation.amazonaws.com"))
                #expect(try await organizations.listAllAWSServiceAccessForOrganization().isEmpty)

                try await organizations.removeAccountFromOrganization(.init(accountId: accountId))
                let gone = await #expect(throws: AWSError.self) {
                    _ = try await organizations.describeAccount(.init(accountId: accountId))
                }
                #expect(gone?.code == "AccountNotFoundException")
                let closing = try await organizations.createAccountAndWait(
                    .init(email: "closer@example.com", accountName: "closer"), clock: harness.clock)
                try await organizations.closeAccount(.init(accountId: try #require(closing.accountId)))
                try await organizations.deleteOrganizationalUnit(.init(organizationalUnitId: ouId))
                #expect(try await organizations.listAllOrganizationalUnitsForParent(.init(parentId: rootId)).isEmpty)
            }
        }

        @Test func permissionSetUpdatesDetachmentsAndAccessControlAttributes() async throws {
            try await IntegrationHarness.exclusive { harness in
                let client = try await harness.management(IntegrationHarness.managementB)
                let sso = SSOAdminAPI(client: client)
                let instanceArn = try #require(try await sso.listAllInstances().first?.instanceArn)
                let set = try await sso.createPermissionSet(.init(name: "Ops", instanceArn: instanceArn,
                                                                  sessionDuration: "PT1H"))
                let arn = try #require(set.permissionSet?.permissionSetArn)
                try await sso.updatePermissionSet(.init(instanceArn: instanceArn, permissionSetArn: arn,
                                                        description: "operations", sessionDuration: "PT4H"))
                let described = try await sso.describePermissionSet(.init(instanceArn: instanceArn, permissionSetArn: arn))
                #expect(described.permissionSet?.description == "operations")
                #expect(described.permissionSet?.sessionDuration == "PT4H")
                #expect(try await sso.listAllPermissionSets(.init(instanceArn: instanceArn)) == [arn])

                let policy = "arn:aws:iam::aws:policy/ViewOnlyAccess"
                try await sso.attachManagedPolicyToPermissionSet(.init(instanceArn: instanceArn, permissionSetArn: arn,
                                                                       managedPolicyArn: policy))
                try await sso.detachManagedPolicyFromPermissionSet(.init(instanceArn: instanceArn, permissionSetArn: arn,
                                                                         managedPolicyArn: policy))
                #expect(try await sso.listAllManagedPoliciesInPermissionSet(
                    .init(instanceArn: instanceArn, permissionSetArn: arn)).isEmpty)
                let reference = SSOAdminAPI.CustomerManagedPolicyReference(name: "ops-extra", path: "/")
                try await sso.attachCustomerManagedPolicyReferenceToPermissionSet(.init(
                    instanceArn: instanceArn, permissionSetArn: arn, customerManagedPolicyReference: reference))
                try await sso.detachCustomerManagedPolicyReferenceFromPermissionSet(.init(
                    instanceArn: instanceArn, permissionSetArn: arn, customerManagedPolicyReference: reference))
                #expect(try await sso.listAllCustomerManagedPolicyReferencesInPermissionSet(
                    .init(instanceArn: instanceArn, permissionSetArn: arn)).isEmpty)
                try await sso.putInlinePolicyToPermissionSet(.init(instanceArn: instanceArn, permissionSetArn: arn,
                                                                   inlinePolicy: #"{"Version":"2012-10-17","Statement":[]}"#))
                try await sso.deleteInlinePolicyFromPermissionSet(.init(instanceArn: instanceArn, permissionSetArn: arn))
                let inline = try await sso.getInlinePolicyForPermissionSet(.init(instanceArn: instanceArn,
                                                                                 permissionSetArn: arn))
                #expect(inline.inlinePolicy?.isEmpty != false)
                try await sso.putPermissionsBoundaryToPermissionSet(.init(
                    instanceArn: instanceArn, permissionSetArn: arn,
                    permissionsBoundary: .init(customerManagedPolicyReference: .init(name: "ops-boundary"))))
                try await sso.deletePermissionsBoundaryFromPermissionSet(.init(instanceArn: instanceArn,
                                                                              permissionSetArn: arn))
                try await sso.tagResource(.init(instanceArn: instanceArn, resourceArn: arn,
                                                tags: [.init(key: "team", value: "ops")]))
                try await sso.untagResource(.init(instanceArn: instanceArn, resourceArn: arn, tagKeys: ["team"]))
                #expect(try await sso.listAllTagsForResource(.init(instanceArn: instanceArn, resourceArn: arn)).isEmpty)

                let provisioning = try await sso.provisionPermissionSet(.init(
                    instanceArn: instanceArn, permissionSetArn: arn, targetType: "ALL_PROVISIONED_ACCOUNTS"))
                let requestId = try #require(provisioning.permissionSetProvisioningStatus?.requestId)
                let statuses = try await sso.listAllPermissionSetProvisioningStatus(.init(instanceArn: instanceArn))
                #expect(statuses.contains { $0.requestId == requestId })

                let attributes = SSOAdminAPI.InstanceAccessControlAttributeConfiguration(accessControlAttributes: [
                    .init(key: "CostCenter", value: .init(source: ["${path:enterprise.costCenter}"])),
                ])
                try await sso.createInstanceAccessControlAttributeConfiguration(.init(
                    instanceArn: instanceArn, instanceAccessControlAttributeConfiguration: attributes))
                let abac = try await sso.describeInstanceAccessControlAttributeConfiguration(.init(instanceArn: instanceArn))
                #expect(abac.instanceAccessControlAttributeConfiguration == attributes)
                let changed = SSOAdminAPI.InstanceAccessControlAttributeConfiguration(accessControlAttributes: [
                    .init(key: "Team", value: .init(source: ["${path:enterprise.department}"])),
                ])
                try await sso.updateInstanceAccessControlAttributeConfiguration(.init(
                    instanceArn: instanceArn, instanceAccessControlAttributeConfiguration: changed))
                let after = try await sso.describeInstanceAccessControlAttributeConfiguration(.init(instanceArn: instanceArn))
                #expect(after.instanceAccessControlAttributeConfiguration == changed)
                try await sso.deleteInstanceAccessControlAttributeConfiguration(.init(instanceArn: instanceArn))
                try await sso.deletePermissionSet(.init(instanceArn: instanceArn, permissionSetArn: arn))
                #expect(try await sso.listAllPermissionSets(.init(instanceArn: instanceArn)).isEmpty)
            }
        }
    }
}
