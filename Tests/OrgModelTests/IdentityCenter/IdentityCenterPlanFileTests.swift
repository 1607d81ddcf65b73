import Foundation
import OrgModel
import Testing

@Suite struct IdentityCenterPlanFileTests {
    typealias F = IdentityCenterFixture

    /// A merged plan with every payload shape: a new permission set, content, a provisioning, assignments, ABAC.
    static func plan() -> Plan {
        var wanted = F.permissionSet("Admin", inline: F.inline)
        wanted.permissionsBoundary = .customerManaged(CustomerManagedPolicyRef(name: "boundary", path: "/org/"))
        let desired = F.desired(permissionSets: [wanted, F.permissionSet("Read")],
                                assignments: [F.assignment("ops", permissionSet: "Admin", group: "Ops", ous: ["/Workloads"])],
                                attributes: ["team": "${path:enterprise.department}"])
        let center = F.identityCenter([F.liveAdmin(provisioned: ["200000000001"])], assignments: [F.grant("200000000002")])
        let organizationPlan = OrganizationDiffer.plan(desired: desired, live: F.live(), options: PlanOptions())
        let merged = IdentityCenterDiffer.merge(desired: desired, live: F.live(), identityCenter: center,
                                                into: organizationPlan, options: PlanOptions())
        return Plan(sourceRevision: "abc", createdAt: Date(timeIntervalSince1970: 0), options: PlanOptions(),
                    organizations: [merged])
    }

    @Test func identityCenterActionsSurviveAPlanFileWithNamedPayloads() throws {
        let plan = Self.plan()
        #expect(plan.organizations[0].actions.contains { $0.resource.kind == .accountAssignment })
        let decoded = try PlanFile.decode(PlanFile.encode(plan))
        #expect(decoded == plan)
        let json = PlanFile.json(plan)
        #expect(json.contains("\"action\""))
        #expect(json.contains("\"assignment\""))
        #expect(!json.contains("\"_0\""))
    }

    @Test func theTextPlanNamesPermissionSetsAndAssignments() {
        let text = PlanTextRenderer.render(Self.plan())
        #expect(text.contains("permission-set Read"))
        #expect(text.contains("account-assignment Admin → group:Ops → tools"))
        #expect(text.contains("provision"))
    }
}
