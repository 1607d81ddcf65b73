import AWSClient
import AWSServices
import Foundation
import Testing

/// The raw body of Identity Store `CreateGroup`: test setup only (the operator never creates groups).
private struct CreateGroupBody: Encodable, Sendable {
    let IdentityStoreId: String
    let DisplayName: String
}

/// The output of Identity Store `CreateGroup`.
private struct CreateGroupOutput: Decodable, Sendable {
    let GroupId: String
}

/// The raw body of Identity Store `CreateUser`: test setup only.
private struct CreateUserBody: Encodable, Sendable {
    struct Name: Encodable, Sendable {
        let GivenName: String
        let FamilyName: String
    }
    let IdentityStoreId: String
    let UserName: String
    let DisplayName: String
    let Name: Name
}

/// The output of Identity Store `CreateUser`.
private struct CreateUserOutput: Decodable, Sendable {
    let UserId: String
}

extension AWSServicesIntegrationTests {
    /// SSO Admin and Identity Store in one management account, signatures checked.
    @Suite struct IdentityCenterIntegration {
        /// The instance ARN and identity store of the account's Identity Center instance.
        private func instance(_ sso: SSOAdminAPI) async throws -> (arn: String, store: String) {
            let instances = try await sso.listAllInstances()
            let first = try #require(instances.first)
            return (try #require(first.instanceArn), try #require(first.identityStoreId))
        }

        @Test func permissionSetWithPoliciesAssignedAndProvisioned() async throws {
            try await IntegrationHarness.exclusive { harness in
                let (client, _) = try await harness.organization(IntegrationHarness.managementA)
                let organizations = OrganizationsAPI(client: client)
                let member = try await organizations.createAccountAndWait(
                    .init(email: "dev@example.com", accountName: "dev"), clock: harness.clock)
                let accountId = try #require(member.accountId)
                let sso = SSOAdminAPI(client: client)
                let (instanceArn, storeId) = try await instance(sso)

                let created = try await sso.createPermissionSet(.init(
                    name: "ReadOnly", description: "read only", instanceArn: instanceArn, sessionDuration: "PT2H",
                    tags: [.init(key: "owner", value: "platform")]))
                let permissionSetArn = try #require(created.permissionSet?.permissionSetArn)
                try await sso.attachManagedPolicyToPermissionSet(.init(
                    instanceArn: instanceArn, permissionSetArn: permissionSetArn,
                    managedPolicyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess"))
                let inline = #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:*","Resource":"*"}]}"#
                try await sso.putInlinePolicyToPermissionSet(.init(
                    instanceArn: instanceArn, permissionSetArn: permissionSetArn, inlinePolicy: inline))
                try await sso.attachCustomerManagedPolicyReferenceToPermissionSet(.init(
                    instanceArn: instanceArn, permissionSetArn: permissionSetArn,
                    customerManagedPolicyReference: .init(name: "team-boundary", path: "/")))
                try await sso.putPermissionsBoundaryToPermissionSet(.init(
                    instanceArn: instanceArn, permissionSetArn: permissionSetArn,
                    permissionsBoundary: .init(managedPolicyArn: "arn:aws:iam::aws:policy/PowerUserAccess")))

                let managed = try await sso.listAllManagedPoliciesInPermissionSet(
                    .init(instanceArn: instanceArn, permissionSetArn: permissionSetArn))
                #expect(managed.map(\.arn) == ["arn:aws:iam::aws:policy/ReadOnlyAccess"])
                let gotInline = try await sso.getInlinePolicyForPermissionSet(
                    .init(instanceArn: instanceArn, permissionSetArn: permissionSetArn))
                #expect(gotInline.inlinePolicy == inline)
                let references = try await sso.listAllCustomerManagedPolicyReferencesInPermissionSet(
                    .init(instanceArn: instanceArn, permissionSetArn: permissionSetArn))
                #expect(references.map(\.name) == ["team-boundary"])
                let boundary = try await sso.getPermissionsBoundaryForPermissionSet(
                    .init(instanceArn: instanceArn, permissionSetArn: permissionSetArn))
                #expect(boundary.permissionsBoundary?.managedPolicyArn == "arn:aws:iam::aws:policy/PowerUserAccess")
                let tags = try await sso.listAllTagsForResource(.init(instanceArn: instanceArn,
                                                                      resourceArn: permissionSetArn))
                #expect(tags == [.init(key: "owner", value: "platform")])
                let described = try await sso.describePermissionSet(
                    .init(instanceArn: instanceArn, permissionSetArn: permissionSetArn))
                #expect(described.permissionSet?.sessionDuration == "PT2H")

                let group: CreateGroupOutput = try await client.json(
                    .identityStore, "CreateGroup", input: CreateGroupBody(IdentityStoreId: storeId, DisplayName: "admins"))
                let assignment = try await sso.createAccountAssignmentAndWait(.init(
                    instanceArn: instanceArn, targetId: accountId, targetType: "AWS_ACCOUNT",
                    permissionSetArn: permissionSetArn, principalType: "GROUP", principalId: group.GroupId),
                    clock: harness.clock)
                #expect(assignment.status == "SUCCEEDED")
                let assignments = try await sso.listAllAccountAssignments(
                    .init(instanceArn: instanceArn, accountId: accountId, permissionSetArn: permissionSetArn))
                #expect(assignments.map(\.principalId) == [group.GroupId])

                let provisioned = try await sso.provisionPermissionSetAndWait(.init(
                    instanceArn: instanceArn, permissionSetArn: permissionSetArn, targetId: accountId,
                    targetType: "AWS_ACCOUNT"), clock: harness.clock)
                #expect(provisioned.status == "SUCCEEDED")
                let onAccount = try await sso.listAllPermissionSetsProvisionedToAccount(
                    .init(instanceArn: instanceArn, accountId: accountId))
                #expect(onAccount == [permissionSetArn])
                let accounts = try await sso.listAllAccountsForProvisionedPermissionSet(
                    .init(instanceArn: instanceArn, permissionSetArn: permissionSetArn))
                #expect(accounts == [accountId])

                let deleted = try await sso.deleteAccountAssignmentAndWait(.init(
                    instanceArn: instanceArn, targetId: accountId, targetType: "AWS_ACCOUNT",
                    permissionSetArn: permissionSetArn, principalType: "GROUP", principalId: group.GroupId),
                    clock: harness.clock)
                #expect(deleted.status == "SUCCEEDED")
                #expect(try await sso.listAllAccountAssignments(
                    .init(instanceArn: instanceArn, accountId: accountId, permissionSetArn: permissionSetArn)).isEmpty)
            }
        }

        @Test func identityStoreFindsGroupsByDisplayName() async throws {
            try await IntegrationHarness.exclusive { harness in
                let client = try await harness.management(IntegrationHarness.managementB)
                let (_, storeId) = try await instance(SSOAdminAPI(client: client))
                var created: [String: String] = [:]
                for name in ["admins", "developers", "auditors"] {
                    let group: CreateGroupOutput = try await client.json(
                        .identityStore, "CreateGroup", input: CreateGroupBody(IdentityStoreId: storeId, DisplayName: name))
                    created[name] = group.GroupId
                }
                let identityStore = IdentityStoreAPI(client: client)
                let found = try await identityStore.getGroupId(.init(
                    identityStoreId: storeId,
                    alternateIdentifier: .init(uniqueAttribute: .init(attributePath: "displayName",
                                                                      attributeValue: .string("developers")))))
                #expect(found.groupId == created["developers"])
                let filtered = try await identityStore.listAllGroups(.init(
                    identityStoreId: storeId, filters: [.init(attributePath: "DisplayName", attributeValue: "auditors")]))
                #expect(filtered.map(\.groupId) == [created["auditors"]])
                let all = try await identityStore.listAllGroups(.init(identityStoreId: storeId))
                #expect(Set(all.compactMap(\.displayName)) == ["admins", "developers", "auditors"])
                let described = try await identityStore.describeGroup(
                    .init(identityStoreId: storeId, groupId: try #require(created["admins"])))
                #expect(described.displayName == "admins")
            }
        }

        @Test func identityStoreFindsUsersByUserName() async throws {
            try await IntegrationHarness.exclusive { harness in
                let client = try await harness.management(IntegrationHarness.managementA)
                let (_, storeId) = try await instance(SSOAdminAPI(client: client))
                var created: [String: String] = [:]
                for (user, given) in [("ada", "Ada"), ("alan", "Alan")] {
                    let output: CreateUserOutput = try await client.json(.identityStore, "CreateUser", input: CreateUserBody(
                        IdentityStoreId: storeId, UserName: user, DisplayName: given,
                        Name: .init(GivenName: given, FamilyName: "Tester")))
                    created[user] = output.UserId
                }
                let identityStore = IdentityStoreAPI(client: client)
                let found = try await identityStore.getUserId(.init(
                    identityStoreId: storeId,
                    alternateIdentifier: .init(uniqueAttribute: .init(attributePath: "userName",
                                                                      attributeValue: .string("alan")))))
                #expect(found.userId == created["alan"])
                let filtered = try await identityStore.listAllUsers(.init(
                    identityStoreId: storeId, filters: [.init(attributePath: "UserName", attributeValue: "ada")]))
                #expect(filtered.map(\.userId) == [created["ada"]])
                let described = try await identityStore.describeUser(
                    .init(identityStoreId: storeId, userId: try #require(created["ada"])))
                #expect(described.userName == "ada")
                #expect(described.name?.givenName == "Ada")
            }
        }
    }
}
