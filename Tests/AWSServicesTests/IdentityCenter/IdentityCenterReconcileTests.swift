import AWSClient
import AWSServices
import OrgModel
import Testing
import TestSupport

/// Identity Center read → plan → apply against the AWS test server with signature checking on.
@Suite(.serialized) struct IdentityCenterReconcileTests {
    typealias E = IdentityCenterEstate

    /// The estate's groups created and the estate converged once.
    private func converged(_ harness: IdentityCenterHarness, _ texts: [String: String] = E.manifests()) async throws
        -> DesiredOrganization {
        let organization = try IdentityCenterHarness.organization("acme", texts)
        for group in ["Ops", "Engineering", "Auditors"] { _ = try await harness.createGroup(group, in: organization) }
        let first = try await harness.converge(organization)
        #expect(first.failures.isEmpty, "\(first.failures)")
        return organization
    }

    /// The (permission set name, account ID, principal ID) triples of the managed permission sets.
    private func assignments(_ center: LiveIdentityCenter) -> [String] {
        let names = Dictionary(uniqueKeysWithValues: center.permissionSets.map { ($0.arn, $0.name) })
        return center.assignments.map { "\(names[$0.permissionSetArn] ?? "?") \($0.accountId) \($0.principalId)" }.sorted()
    }

    @Test func theEstateConvergesAndASecondPassPlansNothing() async throws {
        try await IdentityCenterHarness.exclusive(managementAccounts: [E.management]) { harness in
            let organization = try await converged(harness)
            let (plan, live, center) = try await harness.plan(organization)
            #expect(plan.actions.isEmpty, "\(plan.actions.map(\.id))")
            #expect(center.accessControlAttributes == ["team": "${path:enterprise.department}"])
            let admin = try #require(center.permissionSet(named: "Admin"))
            #expect(admin.tags == ["team": "platform", PlanOptions.defaultOwnerTagKey: "acme"])
            #expect(admin.sessionDuration == "PT2H")
            #expect(admin.inlinePolicy == #"{"Statement":[{"Action":"iam:*","Effect":"Deny","Resource":"*"}],"Version":"2012-10-17"}"#)
            let prod = try #require(live.accounts.first { $0.name == "prod" }?.id)
            let dev = try #require(live.accounts.first { $0.name == "dev" }?.id)
            let ops = try #require(center.groups["Ops"])
            let engineering = try #require(center.groups["Engineering"])
            #expect(assignments(center) == ["Admin \(prod) \(ops)", "ReadOnly \(dev) \(engineering)",
                                            "ReadOnly \(prod) \(engineering)"].sorted())
        }
    }

    @Test func aConsoleAddedAssignmentAndAConsoleEditedInlinePolicyAreReverted() async throws {
        try await IdentityCenterHarness.exclusive(managementAccounts: [E.management]) { harness in
            let organization = try await converged(harness)
            let (_, live, center) = try await harness.plan(organization)
            let (api, instance) = try await harness.console(organization)
            let admin = try #require(center.permissionSet(named: "Admin"))
            let dev = try #require(live.accounts.first { $0.name == "dev" }?.id)
            let auditors = try await harness.createGroup("Intruders", in: organization)
            _ = try await api.createAccountAssignmentAndWait(
                .init(instanceArn: instance.instanceArn, targetId: dev, targetType: "AWS_ACCOUNT", permissionSetArn: admin.arn,
                      principalType: "GROUP", principalId: auditors), clock: harness.clock)
            try await api.putInlinePolicyToPermissionSet(.init(instanceArn: instance.instanceArn, permissionSetArn: admin.arn,
                                                               inlinePolicy: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#))
            let drift = try await harness.plan(organization).plan
            let verbs = drift.actions.map { "\($0.kind.verb) \($0.resource.kind.rawValue)" }.sorted()
            #expect(verbs == ["delete account-assignment", "provision permission-set", "put permission-set"])
            let pass = try await harness.converge(organization)
            #expect(pass.failures.isEmpty, "\(pass.failures)")
            let after = try await harness.plan(organization)
            #expect(after.plan.actions.isEmpty, "\(after.plan.actions.map(\.id))")
            #expect(after.center.permissionSet(named: "Admin")?.inlinePolicy?.contains("iam:*") == true)
            #expect(!after.center.assignments.contains { $0.principalId == auditors })
        }
    }

    @Test func anAccountMovedIntoAnAssignedOUGainsItsAssignmentAndOneMovedOutLosesIt() async throws {
        try await IdentityCenterHarness.exclusive(managementAccounts: [E.management]) { harness in
            let first = try await converged(harness)
            let live = try await harness.plan(first).live
            let prod = try #require(live.accounts.first { $0.name == "prod" }?.id)
            let dev = try #require(live.accounts.first { $0.name == "dev" }?.id)
            let moved = try IdentityCenterHarness.organization("acme", E.manifests(prodOU: "/Sandbox", devOU: "/Workloads"))
            let plan = try await harness.plan(moved).plan
            let moves = plan.actions.filter { $0.kind.verb == "move" }.map(\.id)
            #expect(moves.count == 2)
            let create = try #require(plan.actions.first { $0.resource.kind == .accountAssignment && $0.effect == .create })
            #expect(create.resource.awsId == dev)
            #expect(!Set(create.dependsOn).isDisjoint(with: moves))
            let deletion = try #require(plan.actions.first { $0.resource.kind == .accountAssignment && $0.effect == .delete })
            #expect(deletion.resource.awsId == prod)
            let pass = try await harness.converge(moved)
            #expect(pass.failures.isEmpty, "\(pass.failures)")
            let after = try await harness.plan(moved)
            #expect(after.plan.actions.isEmpty, "\(after.plan.actions.map(\.id))")
            let ops = try #require(after.center.groups["Ops"])
            #expect(assignments(after.center).filter { $0.hasPrefix("Admin") } == ["Admin \(dev) \(ops)"])
        }
    }

    @Test func pruneOffKeepsARemovedPermissionSetAndPruneOnDeletesItWithItsAssignments() async throws {
        try await IdentityCenterHarness.exclusive(managementAccounts: [E.management]) { harness in
            _ = try await converged(harness)
            let kept = try IdentityCenterHarness.organization("acme", E.manifests(withReadOnly: false, prune: false))
            let keptPlan = try await harness.plan(kept).plan
            #expect(keptPlan.actions.isEmpty, "\(keptPlan.actions.map(\.id))")
            #expect(keptPlan.kept.map(\.name) == ["ReadOnly"])
            let pruned = try IdentityCenterHarness.organization("acme", E.manifests(withReadOnly: false, prune: true))
            let pass = try await harness.converge(pruned)
            #expect(pass.failures.isEmpty, "\(pass.failures)")
            #expect(pass.plan.actions.map { "\($0.kind.verb) \($0.resource.kind.rawValue)" }.sorted()
                == ["delete account-assignment", "delete account-assignment", "delete permission-set"])
            let after = try await harness.plan(pruned)
            #expect(after.plan.actions.isEmpty)
            #expect(after.center.permissionSet(named: "ReadOnly") == nil)
        }
    }

    @Test func anUnknownGroupRefusesThePlanNamingIt() async throws {
        try await IdentityCenterHarness.exclusive(managementAccounts: [E.management]) { harness in
            _ = try await converged(harness)
            let organization = try IdentityCenterHarness.organization("acme", E.manifests(opsGroup: "Operators"))
            let plan = try await harness.plan(organization).plan
            #expect(plan.refusal?.code == "identity-center-errors")
            #expect(plan.refusal?.message.contains("group 'Operators'") == true)
            #expect(!plan.applyable)
        }
    }

    @Test func throttlingAndSlowAssignmentCreationStillConvergeWithoutDuplicates() async throws {
        try await IdentityCenterHarness.exclusive(managementAccounts: [E.management],
                                                  retry: RetryPolicy(maxAttempts: 6)) { harness in
            let organization = try IdentityCenterHarness.organization("acme", E.manifests())
            for group in ["Ops", "Engineering"] { _ = try await harness.createGroup(group, in: organization) }
            try await harness.backend.setFaults([
                AWSBackendFault(.throttle, service: "sso", share: 0.3, count: 12),
                AWSBackendFault(.asynchronous(polls: 3, seconds: 0, failure: nil, accounts: []), service: "sso",
                                operation: "CreateAccountAssignment"),
            ], seed: 3)
            let pass = try await harness.converge(organization)
            #expect(pass.failures.isEmpty, "\(pass.failures)")
            let retry = try await harness.converge(organization)
            #expect(retry.plan.actions.isEmpty, "\(retry.plan.actions.map(\.id))")
            try await harness.backend.clearFaults()
            let center = try await harness.plan(organization).center
            #expect(center.assignments.count == 3)
            #expect(Set(center.assignments).count == center.assignments.count)
            let calls = try await harness.backend.calls()
            #expect((calls["sso:DescribeAccountAssignmentCreationStatus"] ?? 0) >= 9)
            #expect(harness.base.calls.snapshot().contains { ($0.outcomes["throttled"] ?? 0) > 0 })
        }
    }

    @Test func atMostTenAssignmentRequestsAreOpenAtOnce() async throws {
        try await IdentityCenterHarness.exclusive(managementAccounts: [E.management]) { harness in
            var texts = E.manifests(withReadOnly: false)
            texts["more.yaml"] = (0..<16).map { E.account("w\($0)", ou: "/Workloads") }.joined(separator: "---\n")
            let organization = try IdentityCenterHarness.organization("acme", texts)
            _ = try await harness.createGroup("Ops", in: organization)
            try await harness.backend.setFaults([
                AWSBackendFault(.asynchronous(polls: 2, seconds: 0, failure: nil, accounts: []), service: "sso",
                                operation: "CreateAccountAssignment"),
            ], seed: 2)
            let pass = try await harness.converge(organization)
            #expect(pass.failures.isEmpty, "\(pass.failures)")
            #expect(pass.plan.actions.filter { $0.resource.kind == .accountAssignment }.count == 17)
            let permits = try #require(harness.base.limits.inflightLimiter("assignments", scope: "acme"))
            #expect(permits.highWater <= 10)
            #expect(permits.highWater > 1)
            #expect(try await harness.plan(organization).center.assignments.count == 17)
        }
    }

    @Test func aFailedAssignmentIsReportedWithAWSReasonAndTheNextPassRetriesIt() async throws {
        try await IdentityCenterHarness.exclusive(managementAccounts: [E.management]) { harness in
            let organization = try IdentityCenterHarness.organization("acme", E.manifests(withReadOnly: false))
            _ = try await harness.createGroup("Ops", in: organization)
            try await harness.backend.setFaults([
                AWSBackendFault(.asynchronous(polls: 1, seconds: 0, failure: "Access denied while provisioning", accounts: []),
                                service: "sso", operation: "CreateAccountAssignment", count: 1),
            ], seed: 1)
            let first = try await harness.converge(organization)
            #expect(first.failures.values.contains { $0.contains("Access denied while provisioning") }, "\(first.failures)")
            let second = try await harness.converge(organization)
            #expect(second.failures.isEmpty, "\(second.failures)")
            #expect(second.plan.actions.filter { $0.resource.kind == .accountAssignment }.count == 1)
            #expect(try await harness.plan(organization).plan.actions.isEmpty)
        }
    }

    @Test func aDeclaredInstanceIsUsedAndAnUnknownOneIsAnErrorNamingIt() async throws {
        try await IdentityCenterHarness.exclusive(managementAccounts: [E.management]) { harness in
            let organization = try await converged(harness)
            let (_, _, center) = try await harness.plan(organization)
            var declared = organization
            declared.identityCenter?.instanceArn = center.instanceArn
            declared.identityCenter?.identityStoreId = center.identityStoreId
            harness.base.calls.reset()
            #expect(try await harness.plan(declared).plan.actions.isEmpty)
            #expect(harness.identityCenterCalls()["sso-admin:ListInstances"] == nil)
            var unknown = organization
            unknown.identityCenter?.instanceArn = "arn:aws:sso:::instance/ssoins-0000000000000000"
            let error = await #expect(throws: IdentityCenterReconcileError.self) { try await harness.plan(unknown) }
            #expect(error?.code == IdentityCenterReconcileError.Code.noInstance)
            #expect(error?.message.contains("ssoins-0000000000000000") == true)
        }
    }

    @Test func aNoOpReadOfAFixedEstateCostsAPinnedNumberOfCalls() async throws {
        try await IdentityCenterHarness.exclusive(managementAccounts: [E.management]) { harness in
            let organization = try await converged(harness)
            harness.base.calls.reset()
            let (plan, _, center) = try await harness.plan(organization)
            #expect(plan.actions.isEmpty)
            #expect(center.assignmentReadStrategy == .perPermissionSet)
            let calls = harness.identityCenterCalls()
            // 1 ListInstances + 1 ListPermissionSets + 2 × (Describe + ListTags) + 2 × 5 detail reads + 1 ABAC
            // + 3 ListAccountAssignments (Admin on prod, ReadOnly on prod and dev) + 2 GetGroupId.
            #expect(calls.values.reduce(0, +) == 22, "\(calls.sorted { $0.key < $1.key })")
            #expect(calls.keys.allSatisfy { !$0.hasSuffix("ListAccountAssignmentsForPrincipal") })
        }
    }
}
