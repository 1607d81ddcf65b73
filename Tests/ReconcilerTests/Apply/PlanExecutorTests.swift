import OrgModel
import Reconciler
import TestSupport
import Testing

@Suite struct PlanExecutorTests {
    static let estate: [String: String] = [
        "org.yaml": """
            apiVersion: orgops/v1
            kind: Organization
            metadata: { name: acme }
            spec:
              managementAccountId: "111111111111"
              region: us-east-1
              policyTypes: [SERVICE_CONTROL_POLICY]
              organizationalUnits:
                - name: Workloads
                  children:
                    - { name: Prod }
                - name: Sandbox
              reconcile: { prune: true }

            """,
        "accounts.yaml": """
            apiVersion: orgops/v1
            kind: Account
            metadata: { name: shop-prod, organization: acme }
            spec:
              email: shop-prod@example.com
              organizationalUnit: /Workloads/Prod
            ---
            apiVersion: orgops/v1
            kind: Account
            metadata: { name: sandbox-1, organization: acme }
            spec:
              email: sandbox-1@example.com
              organizationalUnit: /Sandbox

            """,
        "policy.yaml": """
            apiVersion: orgops/v1
            kind: Policy
            metadata: { name: deny-delete, organization: acme }
            spec:
              type: SERVICE_CONTROL_POLICY
              document: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:DeleteBucket","Resource":"*"}]}'
              targets: [{ ou: /Workloads }, { account: shop-prod }]

            """,
    ]

    private func plan(_ fake: InMemoryOrganization, _ desired: DesiredOrganization) async throws -> (OrganizationPlan, ApplyContext) {
        let live = try await fake.readOrganization(desired, options: .full)
        return (OrganizationDiffer.plan(desired: desired, live: live, options: PlanOptions()), ApplyContext(live: live))
    }

    @Test func freshManagementAccountConvergesAndSecondPlanIsEmpty() async throws {
        let desired = try InMemoryOrganization.desired(Self.estate, organization: "acme")
        let fake = InMemoryOrganization(managementAccountId: "111111111111")
        let (first, context) = try await plan(fake, desired)
        #expect(first.actions.first?.kind == .createOrganization(featureSet: "ALL"))
        let report = await PlanExecutor(applier: fake).run(first, organization: desired, context: context)
        #expect(report.failed.isEmpty, "\(report.render())")
        #expect(report.applied.count == first.actions.count)
        let (second, _) = try await plan(fake, desired)
        #expect(second.actions.isEmpty, "\(PlanTextRenderer.render(second))")
        #expect(fake.createAccountCalls == 2)
    }

    @Test func failureSkipsOnlyDependents() async throws {
        let desired = try InMemoryOrganization.desired(Self.estate, organization: "acme")
        let fake = InMemoryOrganization(managementAccountId: "111111111111")
        fake.outOfBand { $0.createOrganization() }
        let (plan, context) = try await plan(fake, desired)
        fake.fail(actionId: "create organizational-unit /Workloads", code: "ConcurrentModificationException",
                  message: "try again")
        let report = await PlanExecutor(applier: fake).run(plan, organization: desired, context: context)
        let failed = report.failed.map(\.actionId)
        #expect(failed == ["create organizational-unit /Workloads"])
        let skipped = Set(report.skipped.map(\.actionId))
        #expect(skipped.contains("create organizational-unit /Workloads/Prod"))
        #expect(skipped.contains("create account shop-prod"))
        #expect(skipped.contains("attach attachment deny-delete → ou /Workloads"))
        #expect(!skipped.contains("create account sandbox-1"))
        #expect(report.applied.contains { $0.actionId == "create account sandbox-1" })
        guard case .failed(let reason) = report.failed.first?.status else {
            Issue.record("no failure reported")
            return
        }
        #expect(reason.contains("ConcurrentModificationException"))
        #expect(report.render().first == "Organization acme: \(report.applied.count) applied, 1 failed, \(skipped.count) skipped")

        fake.clearFailure(actionId: "create organizational-unit /Workloads")
        let (retry, retryContext) = try await self.plan(fake, desired)
        let second = await PlanExecutor(applier: fake).run(retry, organization: desired, context: retryContext)
        #expect(second.failed.isEmpty, "\(second.render())")
        let (last, _) = try await self.plan(fake, desired)
        #expect(last.actions.isEmpty, "\(PlanTextRenderer.render(last))")
    }

    @Test func independentActionsRunConcurrentlyWithinTheBound() async throws {
        var texts = Self.estate
        for index in 0..<8 {
            texts["extra\(index).yaml"] = """
                apiVersion: orgops/v1
                kind: Account
                metadata: { name: extra-\(index), organization: acme }
                spec:
                  email: extra-\(index)@example.com
                  organizationalUnit: /

                """
        }
        let desired = try InMemoryOrganization.desired(texts, organization: "acme")
        let fake = InMemoryOrganization(managementAccountId: "111111111111")
        fake.outOfBand { $0.createOrganization() }
        let (plan, context) = try await plan(fake, desired)
        let report = await PlanExecutor(applier: fake, maxConcurrentActions: 3).run(plan, organization: desired, context: context)
        #expect(report.failed.isEmpty)
        #expect(fake.maxConcurrentApplies <= 3)
        #expect(fake.maxConcurrentApplies >= 2)
    }

    @Test func suspendedAndRefusedPlansRunNothing() async throws {
        let desired = try InMemoryOrganization.desired(Self.estate, organization: "acme")
        let fake = InMemoryOrganization(managementAccountId: "111111111111")
        var (plan, context) = try await plan(fake, desired)
        plan.suspended = true
        let suspended = await PlanExecutor(applier: fake).run(plan, organization: desired, context: context)
        #expect(suspended.applied.isEmpty)
        #expect(suspended.skipped.count == plan.actions.count)
        #expect(suspended.notRun == "reconcile.suspend is true")
        plan.suspended = false
        plan.refusal = PlanRefusal(code: "max-deletions-exceeded", message: "too many", resources: [])
        let refused = await PlanExecutor(applier: fake).run(plan, organization: desired, context: context)
        #expect(refused.notRun == "too many")
        #expect(fake.appliedActions.isEmpty)
    }

    @Test func organizationsOfOnePlanRunInParallelEachThroughItsApplier() async throws {
        var texts = Self.estate
        texts["second.yaml"] = """
            apiVersion: orgops/v1
            kind: Organization
            metadata: { name: beta }
            spec:
              managementAccountId: "333333333333"
              region: us-east-1
              organizationalUnits:
                - name: Only

            """
        let result = ManifestLoader.load(files: InMemoryRepositoryFiles(texts: texts))
        let desired = try #require(result.desired)
        let fakes = ["acme": InMemoryOrganization(managementAccountId: "111111111111"),
                     "beta": InMemoryOrganization(managementAccountId: "333333333333")]
        var live: [String: LiveOrganization] = [:]
        for (name, fake) in fakes {
            live[name] = try await fake.readOrganization(#require(desired.organizations[name]), options: .full)
        }
        let plan = OrganizationDiffer.plan(desired: desired, live: live, options: PlanOptions(), sourceRevision: "abc",
                                           createdAt: .init(timeIntervalSince1970: 0))
        let reports = await PlanExecutor(applier: try #require(fakes["acme"]))
            .run(plan, desired: desired, appliers: fakes.mapValues { $0 as any ChangeApplier })
        #expect(reports.map(\.organization) == ["acme", "beta"])
        #expect(reports.allSatisfy { $0.succeeded })
        #expect(fakes["beta"]?.organizationalUnitId(path: "/Only") != nil)
        #expect(fakes["acme"]?.organizationalUnitId(path: "/Only") == nil)
    }

    @Test(arguments: 1...25)
    func applyingThenPlanningAgainGivesAnEmptyPlan(seed: Int) async throws {
        let generator = EstateGenerator(seed: UInt64(seed))
        let desired = try InMemoryOrganization.desired(generator.manifests(), organization: "gen")
        let fake = InMemoryOrganization(managementAccountId: "111111111111")
        if seed % 2 == 0 {
            fake.outOfBand { editor in
                editor.createOrganization()
                editor.addOrganizationalUnit("Top0")
                editor.addAccount("stray", email: "stray@example.com")
            }
        }
        let (first, context) = try await plan(fake, desired)
        let report = await PlanExecutor(applier: fake).run(first, organization: desired, context: context)
        #expect(report.failed.isEmpty, "\(report.render())")
        let (second, _) = try await plan(fake, desired)
        #expect(second.actions.isEmpty, "\(PlanTextRenderer.render(second))")
    }
}

@Suite struct InterruptedApplyTests {
    @Test(arguments: [1, 3, 5, 8])
    func applyKilledAfterSomeActionsIsFinishedByTheNextWithoutDuplicates(completed: Int) async throws {
        let desired = try InMemoryOrganization.desired(PlanExecutorTests.estate, organization: "acme")
        let fake = InMemoryOrganization(managementAccountId: "111111111111")
        let live = try await fake.readOrganization(desired, options: .full)
        var first = OrganizationDiffer.plan(desired: desired, live: live, options: PlanOptions())
        first.actions = Array(first.actions.prefix(completed))
        _ = await PlanExecutor(applier: fake, maxConcurrentActions: 1)
            .run(first, organization: desired, context: ApplyContext(live: live))
        let resumed = fake.accountIds["sandbox-1"] == nil && completed >= 3
        if resumed {
            // The kill landed after CreateAccount was sent but before its result was seen.
            fake.outOfBand { $0.startCreateAccount(accountName: "sandbox-1") }
        }
        let again = try await fake.readOrganization(desired, options: .full)
        let second = OrganizationDiffer.plan(desired: desired, live: again, options: PlanOptions())
        let report = await PlanExecutor(applier: fake).run(second, organization: desired, context: ApplyContext(live: again))
        #expect(report.failed.isEmpty, "\(report.render())")
        let final = try await fake.readOrganization(desired, options: .full)
        #expect(OrganizationDiffer.plan(desired: desired, live: final, options: PlanOptions()).actions.isEmpty)
        #expect(final.accounts.filter { $0.name == "sandbox-1" }.count == 1)
        #expect(final.policies.filter { $0.name == "deny-delete" }.count == 1)
        #expect(final.accounts.filter { $0.name == "shop-prod" }.count == 1)
        #expect(fake.createAccountCalls == (resumed ? 1 : 2), "a resumed request is not a new CreateAccount")
    }
}

/// The allow-list pattern: FullAWSAccess taken over with `awsManaged`, so what AWS attaches by itself
/// must be undone in the same apply.
@Suite struct AllowListConvergeTests {
    static func estate() -> [String: String] {
        var texts = PlanExecutorTests.estate
        texts["management.yaml"] = """
            apiVersion: orgops/v1
            kind: Account
            metadata: { name: management, organization: acme }
            spec:
              accountId: "111111111111"
              email: management@example.com
              organizationalUnit: /

            """
        texts["full.yaml"] = """
            apiVersion: orgops/v1
            kind: Policy
            metadata: { name: full-access, organization: acme }
            spec:
              type: SERVICE_CONTROL_POLICY
              awsManaged: FullAWSAccess
              targets: [root, { ou: /Workloads }, { account: management }]

            """
        texts["allow.yaml"] = """
            apiVersion: orgops/v1
            kind: Policy
            metadata: { name: allow-list, organization: acme }
            spec:
              type: SERVICE_CONTROL_POLICY
              document: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:*","Resource":"*"}]}'
              targets: [{ ou: /Sandbox }, { ou: /Workloads/Prod }, { account: shop-prod }, { account: sandbox-1 }]

            """
        return texts
    }

    @Test(arguments: [false, true])
    func oneApplyConvergesWhetherTheOrganizationExistedOrNot(existing: Bool) async throws {
        let desired = try InMemoryOrganization.desired(Self.estate(), organization: "acme")
        let fake = InMemoryOrganization(managementAccountId: "111111111111")
        if existing {
            fake.outOfBand { editor in
                editor.createOrganization()
                editor.addOrganizationalUnit("Sandbox")
                editor.addAccount("sandbox-1", email: "sandbox-1@example.com", under: "/Sandbox")
            }
        }
        let live = try await fake.readOrganization(desired, options: .full)
        let plan = OrganizationDiffer.plan(desired: desired, live: live, options: PlanOptions())
        let report = await PlanExecutor(applier: fake).run(plan, organization: desired, context: ApplyContext(live: live))
        #expect(report.failed.isEmpty, "\(report.render())")
        let after = try await fake.readOrganization(desired, options: .full)
        let second = OrganizationDiffer.plan(desired: desired, live: after, options: PlanOptions())
        #expect(second.actions.isEmpty, "\(PlanTextRenderer.render(second))")
        let full = try #require(after.policies.first { $0.name == "FullAWSAccess" })
        let expected = [after.rootId, fake.organizationalUnitId(path: "/Workloads"), "111111111111"].compactMap { $0 }
        #expect(full.targetIds == expected.sorted())
    }
}
