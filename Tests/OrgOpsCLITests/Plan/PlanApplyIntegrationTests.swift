import AWSServices
import Foundation
import Testing
import TestSupport

/// `orgops plan` and `orgops apply` end to end against the AWS test server, signatures checked.
///
/// Every test takes the shared server for itself (`AWSBackend.exclusive` resets it), so the
/// suites of this target never reset each other's state.
@Suite(.serialized) struct PlanApplyIntegrationTests {
    @Test func convergesAFreshManagementAccountAndTheSecondPlanIsEmpty() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            let estate = PlanEstate(management: PlanHarness.managementA)
            try harness.write(estate.files)

            let plan = await harness.run(["plan"])
            #expect(plan.status == 2, "\(plan.stderr)")
            #expect(plan.stdout.contains("/Workloads/Prod"))
            #expect(plan.stdout.contains("shop-prod"))

            let apply = await harness.run(["apply"])
            #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")

            let again = await harness.run(["plan", "--full-read"])
            #expect(again.status == 0, "\(again.stdout)\n\(again.stderr)")

            let api = try await harness.organizations(PlanHarness.managementA)
            let prod = try await api.ouId("/Workloads/Prod")
            let shop = try await api.account(named: "shop-prod")
            #expect(try await api.accountIds(in: prod).contains(shop.id ?? "?"))
            #expect(try await api.tags(shop.id ?? "?")["orgops:managed-by"] == "acme")
            #expect(try await api.tags(prod)["orgops:managed-by"] == "acme")
            let scp = try await api.policyId("deny-outside-regions", type: "SERVICE_CONTROL_POLICY")
            #expect(try await api.targetIds(scp) == [try await api.ouId("/Workloads"), try await api.ouId("/Sandbox")])
        }
    }

    @Test func plansAndAppliesTwoOrganizationsOfOneRepository() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(
                backend: backend, managements: [PlanHarness.managementA, PlanHarness.managementB])
            let acme = PlanEstate(management: PlanHarness.managementA)
            var globex = PlanEstate(name: "globex", management: PlanHarness.managementB)
            globex.tagPolicy = false
            try harness.write(acme.files.merging(globex.files) { first, _ in first })

            let only = await harness.run(["plan", "--org", "globex", "--format", "json"])
            #expect(only.status == 2, "\(only.stderr)")
            #expect(only.stdout.contains("globex") && !only.stdout.contains("\"acme\""))

            let apply = await harness.run(["apply"])
            #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
            #expect(await harness.run(["plan"]).status == 0)

            let a = try await harness.organizations(PlanHarness.managementA)
            let b = try await harness.organizations(PlanHarness.managementB)
            #expect(try await a.account(named: "shop-prod").email == "aws+shop-prod@acme.example.com")
            #expect(try await b.account(named: "shop-prod").email == "aws+shop-prod@globex.example.com")
            await #expect(throws: (any Error).self) {
                try await b.policyId("cost-center-tags", type: "TAG_POLICY")
            }
        }
    }

    @Test func detectsAndRevertsEveryKindOfOutOfBandChange() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            try harness.write(PlanEstate(management: PlanHarness.managementA).files)
            #expect(await harness.run(["apply"]).status == 0)

            let api = try await harness.organizations(PlanHarness.managementA)
            let scp = try await api.policyId("deny-outside-regions", type: "SERVICE_CONTROL_POLICY")
            _ = try await api.updatePolicy(.init(policyId: scp, content: """
                {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*"}]}
                """))
            let shop = try await api.account(named: "shop-prod")
            let prod = try await api.ouId("/Workloads/Prod")
            let sandbox = try await api.ouId("/Sandbox")
            _ = try await api.moveAccount(.init(accountId: shop.id ?? "?", sourceParentId: prod,
                                                destinationParentId: sandbox))
            let tagPolicy = try await api.policyId("cost-center-tags", type: "TAG_POLICY")
            _ = try await api.detachPolicy(.init(policyId: tagPolicy, targetId: try await api.ouId("/Workloads")))
            let security = try await api.ouId("/Security")
            _ = try await api.tagResource(.init(resourceId: security, tags: [.init(key: "owner", value: "someone-else")]))

            let plan = await harness.run(["plan", "--full-read"])
            #expect(plan.status == 2, "\(plan.stderr)")
            for name in ["deny-outside-regions", "shop-prod", "cost-center-tags", "/Security", "someone-else"] {
                #expect(plan.stdout.contains(name), "the plan does not name \(name):\n\(plan.stdout)")
            }
            let cheap = await harness.run(["plan"])
            #expect(cheap.status == 2, "a cheap plan still sees content, moves and attachments:\n\(cheap.stdout)")

            let apply = await harness.run(["apply"])
            #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
            let after = await harness.run(["plan", "--full-read"])
            #expect(after.status == 0, "\(after.stdout)")
            #expect(try await api.accountIds(in: prod).contains(shop.id ?? "?"))
            #expect(try await api.targetIds(tagPolicy).contains(try await api.ouId("/Workloads")))
            #expect(try await api.tags(security)["owner"] == "secops")
        }
    }

    @Test func adoptsExistingAccountsByIdAndByEmail() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            let api = try await harness.organizations(PlanHarness.managementA)
            _ = try await api.createOrganization(.init(featureSet: "ALL"))
            var estate = PlanEstate(management: PlanHarness.managementA)
            let byId = try await api.createAccount(.init(email: estate.email(estate.accounts[0]), accountName: "Log Archive"))
            _ = try await api.createAccount(.init(email: estate.email(estate.accounts[1]), accountName: "shop-prod"))
            let existingId = try #require(byId.createAccountStatus?.accountId)
            estate.accounts[0].accountId = existingId
            try harness.write(estate.files)
            let before = try await api.accounts().count

            let apply = await harness.run(["apply"])
            #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
            let accounts = try await api.accounts()
            #expect(accounts.count == before + 1, "only shop-staging is new")
            let byEmail = try #require(accounts.first { $0.email == estate.email(estate.accounts[1]) })
            #expect(try await api.tags(existingId)["orgops:managed-by"] == "acme")
            #expect(try await api.tags(byEmail.id ?? "?")["orgops:managed-by"] == "acme")
            #expect(try await api.accountIds(in: try await api.ouId("/Security")).contains(existingId))
            #expect(await harness.run(["plan", "--full-read"]).status == 0)
        }
    }

    @Test func pruneOffKeepsRemovedResourcesAndPruneOnDeletesThem() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            var estate = PlanEstate(management: PlanHarness.managementA)
            estate.accounts[2].onRemoval = "remove"
            try harness.write(estate.files)
            #expect(await harness.run(["apply"]).status == 0)
            let api = try await harness.organizations(PlanHarness.managementA)
            let staging = try await api.account(named: "shop-staging")

            estate.accounts.removeLast()
            estate.tagPolicy = false
            try harness.write(estate.files)
            let kept = await harness.run(["plan", "--full-read"])
            #expect(kept.status == 0, "prune is off: reported, kept\n\(kept.stdout)")
            #expect(kept.stdout.contains("shop-staging") && kept.stdout.contains("cost-center-tags"))
            #expect(await harness.run(["apply"]).status == 0)
            #expect(try await api.accounts().contains { $0.id == staging.id })

            estate.prune = true
            try harness.write(estate.files)
            let pruning = await harness.run(["plan", "--full-read"])
            #expect(pruning.status == 2, "\(pruning.stdout)")
            let apply = await harness.run(["apply"])
            #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
            #expect(try await !api.accounts().contains { $0.id == staging.id })
            await #expect(throws: (any Error).self) { try await api.policyId("cost-center-tags", type: "TAG_POLICY") }
            #expect(await harness.run(["plan", "--full-read"]).status == 0)
        }
    }

    @Test func refusesAPlanDeletingMoreThanMaxDeletions() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            var estate = PlanEstate(management: PlanHarness.managementA)
            estate.accounts[2].onRemoval = "remove"
            try harness.write(estate.files)
            #expect(await harness.run(["apply"]).status == 0)
            estate.prune = true
            estate.tagPolicy = false
            estate.accounts.removeLast()
            try harness.write(estate.files)

            let refused = await harness.run(["apply", "--max-deletions", "1"])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("cost-center-tags") && refused.stderr.contains("shop-staging"),
                    "the refusal names every deletion:\n\(refused.stderr)")
            let api = try await harness.organizations(PlanHarness.managementA)
            #expect(try await api.policyId("cost-center-tags", type: "TAG_POLICY").hasPrefix("p-"))
            #expect(await harness.run(["plan", "--max-deletions", "1", "--full-read"]).status == 1)
            #expect(await harness.run(["apply", "--max-deletions", "5"]).status == 0)
        }
    }

    @Test func aSuspendedOrganizationIsPlannedButNotApplied() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            var estate = PlanEstate(management: PlanHarness.managementA)
            estate.suspend = true
            try harness.write(estate.files)
            #expect(await harness.run(["plan"]).status == 2)
            let apply = await harness.run(["apply"])
            #expect(apply.status == 0, "\(apply.stderr)")
            #expect(apply.stdout.contains("suspended"))
            let api = try await harness.organizations(PlanHarness.managementA)
            await #expect(throws: (any Error).self) { try await api.describeOrganization() }
        }
    }

    @Test func convergesThroughAThrottlingStorm() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            try harness.write(PlanEstate(management: PlanHarness.managementA).files)
            // A third of every call, AssumeRole included, answers with the service's throttling error.
            try await backend.setFaults([.init(.throttle, share: 1.0 / 3)], seed: 3)
            // The SDKs' standard retry mode with more attempts (AWS_MAX_ATTEMPTS), as an operator
            // sets it for an estate that throttles this much; backoff runs on the virtual clock.
            let apply = await harness.run(["apply", "--stats"], environment: ["AWS_MAX_ATTEMPTS": "10"])
            #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
            let total = apply.stderr.split(separator: "\n").first { $0.hasPrefix("total") }?
                .split(separator: " ").compactMap { Int($0) } ?? []
            #expect(total.count == 5 && total[2] * 5 >= total[0], "about a third throttled: \(apply.stderr)")
            try await backend.clearFaults()
            #expect(await harness.run(["plan", "--full-read"]).status == 0)
        }
    }

    @Test func pinsTheCallsOfANoOpPlan() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            try harness.write(PlanEstate(management: PlanHarness.managementA).files)
            #expect(await harness.run(["apply"]).status == 0)

            try await backend.resetCalls()
            let cheap = await harness.run(["plan", "--stats"])
            #expect(cheap.status == 0, "\(cheap.stdout)")
            let cheapCalls = try await backend.callTotals().total
            try await backend.resetCalls()
            let full = await harness.run(["plan", "--full-read"])
            #expect(full.status == 0, "\(full.stdout)")
            let fullCalls = try await backend.callTotals().total
            #expect(cheapCalls == PlanCallBudget.cheap, "cheap no-op plan: \(cheap.stderr)")
            #expect(fullCalls == PlanCallBudget.full)
        }
    }
}

/// The pinned call counts of a no-op plan of `PlanEstate`'s default estate (5 OUs and the root,
/// 4 accounts with the management account, 2 policies of 2 types); a change here is a change in
/// what every pass costs, to be explained in docs/plan-and-apply.md.
enum PlanCallBudget {
    /// AssumeRole 1; DescribeOrganization, ListRoots, ListAWSServiceAccessForOrganization,
    /// ListDelegatedAdministrators 4; ListOrganizationalUnitsForParent and ListAccountsForParent
    /// per parent 6 + 6; ListPolicies per type 2; ListTargetsForPolicy and DescribePolicy per
    /// declared policy 2 + 2; ListCreateAccountStatus 1; and, though the estate declares no
    /// Identity Center or StackSet manifest, the owned-only reads that let removing the last
    /// one prune: ListInstances and ListPermissionSets (no permission set exists), ListStackSets 3.
    static let cheap = 27
    /// The cheap read and ListTagsForResource per OU (5), account (4) and policy (2).
    static let full = 38
}
