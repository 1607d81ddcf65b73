import Foundation
import Testing
import TestSupport

/// Saved plans (`plan --out`, `apply FILE`) and the errors of plan and apply, end to end.
@Suite(.serialized) struct PlanSavedAndErrorTests {
    @Test func aSavedPlanIsAppliedWhileCurrentAndRefusedOnceAnythingMovedOn() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            var estate = PlanEstate(management: PlanHarness.managementA)
            try harness.write(estate.files)
            #expect(await harness.run(["apply"]).status == 0)
            let file = harness.repository + "/.orgops/saved-plan.json"

            estate.scpRegions = ["eu-west-1"]
            try harness.write(estate.files)
            #expect(await harness.run(["plan", "--out", file]).status == 2)
            let applied = await harness.run(["apply", file])
            #expect(applied.status == 0, "\(applied.stdout)\n\(applied.stderr)")
            #expect(applied.stdout.contains("1 applied, 0 failed, 0 skipped"))
            #expect(await harness.run(["plan"]).status == 0)

            estate.scpRegions = ["us-east-1"]
            try harness.write(estate.files)
            #expect(await harness.run(["plan", "--out", file]).status == 2)
            let api = try await harness.organizations(PlanHarness.managementA)
            let shop = try await api.account(named: "shop-prod")
            _ = try await api.moveAccount(.init(accountId: shop.id ?? "?", sourceParentId: try await api.ouId("/Workloads/Prod"),
                                                destinationParentId: try await api.ouId("/Sandbox")))
            let stale = await harness.run(["apply", file])
            #expect(stale.status == 1)
            #expect(stale.stderr.contains("live state of organization 'acme' changed"), "\(stale.stderr)")

            #expect(await harness.run(["plan", "--out", file]).status == 2)
            estate.scpRegions = ["us-east-1", "eu-central-1"]
            try harness.write(estate.files)
            let moved = await harness.run(["apply", file])
            #expect(moved.status == 1)
            #expect(moved.stderr.contains("revision-moved"), "\(moved.stderr)")
            #expect(try await api.accountIds(in: try await api.ouId("/Sandbox")).contains(shop.id ?? "?"),
                    "a refused plan applies nothing")
        }
    }

    @Test func invalidManifestsAreReportedAndNothingIsReadFromAWS() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            var files = PlanEstate(management: PlanHarness.managementA).files
            files["accounts/broken.yaml"] = "apiVersion: orgops/v1\nkind: Account\nmetadata:\n  name: broken\n"
            try harness.write(files)
            try await backend.resetCalls()
            for command in ["plan", "apply"] {
                let run = await harness.run([command])
                #expect(run.status == 1)
                #expect(run.stderr.contains("accounts/broken.yaml"), "\(run.stderr)")
            }
            #expect(try await backend.callTotals().total == 0)
        }
    }

    @Test func anOrganizationThatCannotBeReadIsNamedAndTheOthersAreStillPlanned() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            let acme = PlanEstate(management: PlanHarness.managementA)
            // 333333333333 was never bootstrapped: its role does not exist, every call is denied.
            let broken = PlanEstate(name: "initech", management: "333333333333", tagPolicy: false)
            try harness.write(acme.files.merging(broken.files) { first, _ in first })

            let plan = await harness.run(["plan"])
            #expect(plan.status == 1)
            #expect(plan.stdout.contains("Organization acme"), "\(plan.stdout)")
            #expect(plan.stderr.contains("organization 'initech'"), "\(plan.stderr)")
            #expect(plan.stderr.contains("DescribeOrganization"), "the failed operation is named: \(plan.stderr)")

            let unknown = await harness.run(["plan", "--org", "globex"])
            #expect(unknown.status == 1)
            #expect(unknown.stderr.contains("--org 'globex' is not an organization"), "\(unknown.stderr)")

            let badLimit = await harness.run(["plan", "--inflight", "organizations=0"])
            #expect(badLimit.status == 1)
            #expect(badLimit.stderr.contains("organizations=0"), "\(badLimit.stderr)")
        }
    }

    @Test func aFailedActionSkipsOnlyItsDependentsAndTheNextApplyFinishes() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            try harness.write(PlanEstate(management: PlanHarness.managementA).files)
            try await backend.setFaults([.init(.serverError(status: 500), service: "organizations",
                                               operation: "CreatePolicy")])
            let failed = await harness.run(["apply"])
            #expect(failed.status == 1)
            #expect(failed.stdout.contains("x create policy deny-outside-regions failed:"), "\(failed.stdout)")
            #expect(failed.stdout.contains("CreatePolicy"), "the failure names the AWS operation:\n\(failed.stdout)")
            #expect(failed.stdout.contains("- attach attachment deny-outside-regions → ou /Sandbox skipped"))
            #expect(failed.stdout.contains("✓ create account shop-prod"), "independent actions still ran")
            let api = try await harness.organizations(PlanHarness.managementA)
            #expect(try await api.account(named: "shop-prod").id != nil)

            try await backend.clearFaults()
            let finished = await harness.run(["apply"])
            #expect(finished.status == 0, "\(finished.stdout)\n\(finished.stderr)")
            #expect(finished.stdout.contains("create policy deny-outside-regions"))
            #expect(await harness.run(["plan"]).status == 0)
        }
    }
}
