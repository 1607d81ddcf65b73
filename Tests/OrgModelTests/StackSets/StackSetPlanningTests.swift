import Foundation
import OrgModel
import Testing

/// Prune, ownership, drift, order across kinds and secrecy of the StackSet plan.
@Suite struct StackSetPlanningTests {
    typealias F = StackSetFixture
    let wanted = [(F.shop, "us-east-1"), (F.shop, "eu-west-1"), (F.data, "us-east-1"), (F.data, "eu-west-1")]

    @Test func anOwnedSetWithoutManifestIsUndeployedThenDeletedWhenPruneIsOn() throws {
        let declared = try F.desired(F.texts([F.serviceManaged()]))
        let live = try F.converged(declared, "baseline", instances: wanted)
        let desired = try F.desired(F.texts([]))
        let plan = F.plan(desired, live: [live])
        #expect(plan.actions.map(\.id) == ["undeploy stack-set baseline #1", "delete stack-set baseline"])
        #expect(plan.actions[1].dependsOn == ["undeploy stack-set baseline #1"])
        #expect(plan.actions.allSatisfy { $0.reason == .removedFromManifests })
        let deleting = plan.actions.filter { $0.kind.deletesResource }
        #expect(deleting.count == 2)

        let kept = F.plan(try F.desired(F.texts([], prune: false)), live: [live])
        #expect(kept.actions.isEmpty)
        #expect(kept.kept.map(\.name) == ["baseline"])
    }

    @Test func aSetWithoutTheOwnershipTagIsReportedNotTouched() throws {
        let desired = try F.desired(F.texts([F.serviceManaged()]))
        var live = try F.converged(desired, "baseline", instances: [])
        live.tags = [:]
        let plan = F.plan(desired, live: [live])
        #expect(plan.actions.isEmpty)
        #expect(plan.unmanaged.map(\.name) == ["baseline"])
        let without = try F.desired(F.texts([]))
        #expect(F.plan(without, live: [live]).actions.isEmpty)
    }

    @Test func driftIsReportedAndReappliedOnlyWhenAsked() throws {
        let report = try F.desired(F.texts([F.serviceManaged()]))
        var live = try F.converged(report, "baseline", instances: wanted)
        live.drift = LiveStackSetDrift(operationId: "op-d", instances: [
            DriftedStackInstance(account: F.shop, region: "us-east-1", resources: ["Role (AWS::IAM::Role): MODIFIED"]),
        ])
        let reported = F.plan(report, live: [live])
        #expect(reported.actions.isEmpty)
        #expect(reported.drift.first?.reapplied == false)
        #expect(reported.notes == ["stack set baseline: \(F.shop)/us-east-1 drifted (Role (AWS::IAM::Role): MODIFIED), reported only"])

        let reapply = try F.desired(F.texts([F.serviceManaged(drift: "reapply")]))
        let reapplied = F.plan(reapply, live: [live])
        #expect(reapplied.actions.map(\.id) == ["reapply stack-set baseline #1"])
        #expect(reapplied.actions.first?.reason == .changedOutOfBand)
        let batch = try #require(F.batches(reapplied, "redeploy").first)
        #expect(F.ids(batch) == [F.shop])
        #expect(batch.regions == ["us-east-1"])
        #expect(reapplied.drift.first?.reapplied == true)
    }

    @Test func instancesForAnAccountCreatedThisPassWaitForItsCreation() throws {
        let texts = F.texts([F.serviceManaged()], extraAccounts: [F.account("fresh", ou: "/Workloads/Prod", id: nil)])
        let desired = try F.desired(texts)
        let live = try F.converged(desired, "baseline", instances: wanted)
        let universe = StackSetTargetUniverse.projected(desired: desired, live: F.liveOrganization())
        let stackSets = StackSetDiffer.plan(desired: desired, live: [live], universe: universe, options: PlanOptions())
        let batch = try #require(F.batches(stackSets, "deploy").first)
        #expect(batch.accounts == [AccountReference(name: "fresh", id: nil)])

        let organizationPlan = OrganizationDiffer.plan(desired: desired, live: F.liveOrganization(), options: PlanOptions())
        #expect(organizationPlan.action("create account fresh") != nil)
        let merged = StackSetPlanMerge.merge(stackSets, into: organizationPlan, universe: universe,
                                             live: F.liveOrganization(), options: PlanOptions())
        let deploy = try #require(merged.action("deploy stack-set baseline #1"))
        #expect(deploy.dependsOn.contains("create account fresh"))
        let order = merged.actions.map(\.id)
        #expect((order.firstIndex(of: "create account fresh") ?? 99) < (order.firstIndex(of: deploy.id) ?? -1))
    }

    @Test func deletingAnOUWaitsForItsInstancesToGo() throws {
        let declared = try F.desired(F.texts([F.serviceManaged(units: "[/Sandbox]")]))
        let live = try F.converged(declared, "baseline", instances: [(F.sandbox, "us-east-1")])
        let stackSets = F.plan(try F.desired(F.texts([])), live: [live])
        let deletion = PlannedAction(id: "delete organizational-unit /Sandbox",
                                     kind: .deleteOrganizationalUnit(ou: OUReference(path: "/Sandbox", id: "ou-sand")),
                                     resource: ResourceRef(kind: .organizationalUnit, name: "/Sandbox"),
                                     reason: .removedFromManifests)
        let organizationPlan = OrganizationPlan(organization: "acme", liveFingerprint: "f", actions: [deletion])
        let merged = StackSetPlanMerge.merge(stackSets, into: organizationPlan,
                                             universe: .projected(desired: declared, live: F.liveOrganization()),
                                             live: F.liveOrganization(), options: PlanOptions(maxDeletions: 10))
        let waiting = try #require(merged.action(deletion.id))
        #expect(Set(waiting.dependsOn) == ["undeploy stack-set baseline #1", "delete stack-set baseline"])
        #expect(merged.actions.last?.id == deletion.id)
        #expect(merged.refusal == nil)

        let strict = StackSetPlanMerge.merge(stackSets, into: organizationPlan,
                                             universe: .projected(desired: declared, live: F.liveOrganization()),
                                             live: F.liveOrganization(), options: PlanOptions(maxDeletions: 1))
        #expect(strict.refusal?.code == "max-deletions-exceeded")
    }

    @Test func noEchoAndSecretValuesAppearInNoRenderedOrSavedPlan() throws {
        let desired = try F.desired(F.texts([F.serviceManaged(), F.selfManaged(accounts: "[shop]")]))
        let stackSets = F.plan(desired, live: [])
        let organizationPlan = OrganizationPlan(organization: "acme", liveFingerprint: "f")
        let merged = StackSetPlanMerge.merge(stackSets, into: organizationPlan,
                                             universe: .projected(desired: desired, live: F.liveOrganization()),
                                             live: F.liveOrganization(), options: PlanOptions())
        let plan = Plan(sourceRevision: "abc", createdAt: Date(timeIntervalSince1970: 0), options: PlanOptions(),
                        organizations: [merged])
        let text = PlanTextRenderer.render(plan)
        let markdown = PlanMarkdownRenderer.render(plan)
        let saved = String(decoding: PlanFile.encode(plan), as: UTF8.self)
        for rendered in [text, markdown, saved, "\(plan)"] {
            #expect(!rendered.contains(F.noEchoValue))
            #expect(!rendered.contains(F.secretValue))
        }
        #expect(text.contains("parameters.DbPassword: (none) → (sensitive)"))
        #expect(text.contains("parameters.WebhookToken: (none) → (sensitive)"))
        #expect(text.contains("parameters.TrustedAccountId: (none) → \(F.management)"))
    }
}
