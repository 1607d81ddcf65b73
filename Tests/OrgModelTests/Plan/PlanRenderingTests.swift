import Foundation
import OrgModel
import TestSupport
import Testing

/// Snapshots of the three plan formats for a plan that has every kind of line: creates, updates with
/// before → after, drift, deletes, unmanaged, kept, notes, a refusal and a suspended organization.
@Suite struct PlanRenderingTests {
    static func samplePlan() async throws -> Plan {
        var original = DiffFixture.estate(prune: true)
        original["gone.yaml"] = DiffFixture.account("gone", ou: "/Sandbox", onRemoval: "close")
        let (fake, inventory) = try await DiffFixture.converged(original)
        let policy = try #require(fake.policyId(name: "deny-delete"))
        let shop = try #require(fake.accountIds["shop-prod"])
        fake.outOfBand { editor in
            editor.setPolicyContent(policy, #"{"Statement":[],"Version":"2012-10-17"}"#)
            editor.moveAccount(shop, to: "/Sandbox")
            editor.addOrganizationalUnit("Handmade")
        }
        var texts = DiffFixture.estate(prune: true)
        texts["new.yaml"] = DiffFixture.account("analytics", ou: "/Workloads/Prod", tags: "{ env: prod, team: data }")
        let desired = try DiffFixture.desired(texts)
        let acme = try await DiffFixture.plan(fake, desired, options: PlanOptions(maxDeletions: 0), inventory: inventory)
        let suspendedFake = InMemoryOrganization(managementAccountId: "111111111111")
        suspendedFake.outOfBand { $0.createOrganization(policyTypes: ["SERVICE_CONTROL_POLICY", "TAG_POLICY"]) }
        let betaTexts = DiffFixture.estate(suspend: true).mapValues { $0.replacingOccurrences(of: "acme", with: "beta") }
        let betaDesired = try InMemoryOrganization.desired(betaTexts, organization: "beta")
        let beta = OrganizationDiffer.plan(desired: betaDesired,
                                           live: try await suspendedFake.readOrganization(betaDesired, options: .cheap),
                                           options: PlanOptions())
        return Plan(sourceRevision: "3f2a1b9c", createdAt: Date(timeIntervalSince1970: 1_767_225_600),
                    options: PlanOptions(maxDeletions: 0), organizations: [beta, acme])
    }

    @Test func text() async throws {
        assertSnapshot(PlanTextRenderer.render(try await Self.samplePlan()), named: "plan-text")
    }

    @Test func json() async throws {
        assertSnapshot(PlanFile.json(try await Self.samplePlan()), named: "plan-json")
    }

    @Test func markdown() async throws {
        assertSnapshot(PlanMarkdownRenderer.render(try await Self.samplePlan()), named: "plan-markdown")
    }

    @Test func emptyPlanSaysNothingChanges() async throws {
        let (fake, inventory) = try await DiffFixture.converged(DiffFixture.estate())
        let organization = try await DiffFixture.plan(fake, DiffFixture.desired(DiffFixture.estate()), inventory: inventory)
        let plan = Plan(sourceRevision: "abc", createdAt: Date(timeIntervalSince1970: 0), options: PlanOptions(),
                        organizations: [organization])
        #expect(!plan.hasChanges)
        #expect(PlanTextRenderer.render(plan) == """
            orgops plan for revision abc

            Organization acme:
              No changes. The organization matches the manifests.
              Plan: 0 to create, 0 to update, 0 to delete.


            """)
    }
}
