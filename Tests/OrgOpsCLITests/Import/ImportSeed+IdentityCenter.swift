import AWSClient
import AWSServices
import Foundation
import TestSupport

/// Raw Identity Store `CreateUser` body: test setup only (the operator never creates principals).
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

private struct CreateUserOutput: Decodable, Sendable {
    let UserId: String
}

/// The Identity Center part of the imported estate: three permission sets using every field the
/// format has (session duration, relay state, managed and customer-managed policies, an inline
/// policy file, a boundary, tags) and assignments to two groups and one user, on OUs and accounts.
extension ImportRoundTripTests {
    static let groups = ["PlatformAdmins", "Developers"]
    static let user = "alice@example.com"

    static var identityCenterFiles: [String: String] {
        [
            "identity-center/policies/developer-inline.json": """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "iam:CreateUser", "Resource": "*"}]}

                """,
            "identity-center/permission-sets.yaml": """
                apiVersion: orgops/v1
                kind: PermissionSet
                metadata: { name: Administrator, organization: acme }
                spec:
                  description: Full access for the platform team
                  sessionDuration: PT2H
                  relayState: https://console.aws.amazon.com/
                  managedPolicies: [arn:aws:iam::aws:policy/AdministratorAccess]
                  tags: { owner: platform }
                ---
                apiVersion: orgops/v1
                kind: PermissionSet
                metadata: { name: Developer, organization: acme }
                spec:
                  description: Builds and deploys workloads
                  sessionDuration: PT8H
                  managedPolicies: [arn:aws:iam::aws:policy/PowerUserAccess]
                  customerManagedPolicies: [{ name: team-scope, path: /teams/ }]
                  inlinePolicyFile: policies/developer-inline.json
                  permissionsBoundary: { managedPolicyArn: arn:aws:iam::aws:policy/PowerUserAccess }
                ---
                apiVersion: orgops/v1
                kind: PermissionSet
                metadata: { name: ReadOnly, organization: acme }
                spec:
                  managedPolicies: [arn:aws:iam::aws:policy/ReadOnlyAccess]

                """,
            "identity-center/assignments.yaml": """
                apiVersion: orgops/v1
                kind: AccountAssignment
                metadata: { name: platform-admins, organization: acme }
                spec:
                  permissionSet: Administrator
                  principal: { group: PlatformAdmins }
                  targets: { organizationalUnits: [/Workloads], accounts: [log-archive] }
                ---
                apiVersion: orgops/v1
                kind: AccountAssignment
                metadata: { name: developers, organization: acme }
                spec:
                  permissionSet: Developer
                  principal: { group: Developers }
                  targets: { accounts: [shop-staging] }
                ---
                apiVersion: orgops/v1
                kind: AccountAssignment
                metadata: { name: alice-readonly, organization: acme }
                spec:
                  permissionSet: ReadOnly
                  principal: { user: \(user) }
                  targets: { organizationalUnits: [/Security] }

                """,
        ]
    }

    /// Creates the estate's groups and user in `account`'s identity store.
    static func createPrincipals(_ harness: PlanHarness, in account: String) async throws {
        try await harness.createGroups(groups, in: account)
        let (api, _, store) = try await harness.console(account)
        let _: CreateUserOutput = try await api.client.json(.identityStore, "CreateUser", input: CreateUserBody(
            IdentityStoreId: store, UserName: user, DisplayName: "Alice", Name: .init(GivenName: "Alice", FamilyName: "Example")))
    }

    /// Removes the ownership tag from every permission set, as if they had been made in the console.
    static func disownPermissionSets(_ harness: PlanHarness, in account: String) async throws {
        let (api, instance, _) = try await harness.console(account)
        for arn in try await api.listAllPermissionSets(.init(instanceArn: instance)) {
            try await api.untagResource(.init(instanceArn: instance, resourceArn: arn, tagKeys: ["orgops:managed-by"]))
        }
    }
}
