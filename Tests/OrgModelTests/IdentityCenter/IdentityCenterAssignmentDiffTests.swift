import OrgModel
import Testing

@Suite struct IdentityCenterAssignmentDiffTests {
    typealias F = IdentityCenterFixture

    static let workloadsOps = F.assignment("ops", permissionSet: "Admin", group: "Ops", ous: ["/Workloads"])

    @Test func anOUTargetMeansEveryAccountBeneathItMinusExclusions() {
        let assignment = F.assignment("ops", permissionSet: "Admin", group: "Ops", ous: ["/Workloads"], accounts: ["dev"],
                                      exclude: ["tools"])
        let plan = F.plan(F.desired(permissionSets: [F.permissionSet("Admin")], assignments: [assignment]), F.live(),
                          F.identityCenter([F.liveAdmin()]))
        #expect(F.created(plan) == ["dev", "prod"])
        #expect(F.deleted(plan).isEmpty)
    }

    @Test func aConvergedEstatePlansNothing() {
        let center = F.identityCenter([F.liveAdmin(provisioned: ["200000000001", "200000000003"])],
                                      assignments: [F.grant("200000000001"), F.grant("200000000003")])
        let plan = F.plan(F.desired(permissionSets: [F.permissionSet("Admin")], assignments: [Self.workloadsOps]), F.live(),
                          center)
        #expect(plan.actions.isEmpty)
        #expect(plan.errors.isEmpty)
    }

    @Test func anAccountMovedIntoAnAssignedOUGainsItsAssignmentAfterTheMove() throws {
        var desired = F.desired(permissionSets: [F.permissionSet("Admin")], assignments: [Self.workloadsOps])
        desired.accounts[0].organizationalUnit = "/Workloads/Prod"
        desired.accounts[1].organizationalUnit = "/Workloads/Prod"
        let live = F.live()
        let organizationPlan = OrganizationDiffer.plan(desired: desired, live: live, options: PlanOptions())
        let move = try #require(organizationPlan.actions.first { $0.kind.verb == "move" })
        let center = F.identityCenter([F.liveAdmin()], assignments: [F.grant("200000000001"), F.grant("200000000003")])
        let plan = F.plan(desired, live, center, organizationPlan: organizationPlan)
        #expect(F.created(plan) == ["dev"])
        #expect(plan.actions.first { $0.kind.verb == "create" }?.dependsOn.contains(move.id) == true)
    }

    @Test func anAccountMovedOutOfAnAssignedOULosesIt() {
        var desired = F.desired(permissionSets: [F.permissionSet("Admin")], assignments: [Self.workloadsOps])
        desired.accounts[0].organizationalUnit = "/Sandbox"
        let center = F.identityCenter([F.liveAdmin()], assignments: [F.grant("200000000001"), F.grant("200000000003")])
        let plan = F.plan(desired, F.live(), center)
        #expect(F.deleted(plan) == ["prod"])
        #expect(F.created(plan).isEmpty)
    }

    @Test func anAccountCreatedThisPassIsAssignedAfterItsCreation() throws {
        var desired = F.desired(permissionSets: [F.permissionSet("Admin")], assignments: [Self.workloadsOps])
        desired.accounts.append(F.account("fresh", id: nil, ou: "/Workloads/Prod"))
        let organizationPlan = OrganizationDiffer.plan(desired: desired, live: F.live(), options: PlanOptions())
        let create = try #require(organizationPlan.actions.first { if case .createAccount = $0.kind { true } else { false } })
        let center = F.identityCenter([F.liveAdmin()], assignments: [F.grant("200000000001"), F.grant("200000000003")])
        let plan = F.plan(desired, F.live(), center, organizationPlan: organizationPlan)
        #expect(F.created(plan) == ["fresh"])
        let assign = try #require(plan.actions.first { $0.resource.kind == .accountAssignment })
        #expect(assign.dependsOn.contains(create.id))
        guard case .identityCenter(.createAssignment(let target)) = assign.kind else { return }
        #expect(target.account == AccountReference(name: "fresh", id: nil))
        let merged = plan.merged(into: organizationPlan, options: PlanOptions())
        let order = merged.actions.map(\.id)
        #expect((order.firstIndex(of: create.id) ?? .max) < (order.firstIndex(of: assign.id) ?? -1))
    }

    @Test func aHandAddedAssignmentOfAManagedPermissionSetIsRemovedAndUnmanagedOnesAreNeverTouched() {
        let console = "arn:aws:sso:::permissionSet/ssoins-1/ps-console"
        let center = F.identityCenter(
            [F.liveAdmin(), LivePermissionSet(arn: console, name: "Console", tags: [:], detailsRead: false)],
            assignments: [F.grant("200000000001"), F.grant("200000000003"), F.grant("200000000002", group: "g-audit"),
                          F.grant("200000000002", arn: console)])
        let plan = F.plan(F.desired(permissionSets: [F.permissionSet("Admin")], assignments: [Self.workloadsOps]), F.live(),
                          center)
        #expect(F.deleted(plan) == ["dev"])
        let deletion = plan.actions.first { $0.resource.kind == .accountAssignment }
        #expect(deletion?.reason == .changedOutOfBand)
        #expect(deletion?.resource.name == "Admin → group:Auditors → dev")
        #expect(plan.unmanaged.map(\.name) == ["Console"])
    }

    @Test func aSuspendedAccountGetsNothingNewAndLosesNothing() {
        var live = F.live()
        live.accounts = live.accounts.map { account in
            var account = account
            if account.id != "200000000002" { account.status = "SUSPENDED" }
            return account
        }
        let center = F.identityCenter([F.liveAdmin()], assignments: [F.grant("200000000001"), F.grant("200000000002")])
        let plan = F.plan(F.desired(permissionSets: [F.permissionSet("Admin")], assignments: [Self.workloadsOps]), live, center)
        #expect(F.deleted(plan) == ["dev"])
        #expect(F.created(plan).isEmpty)
    }

    @Test func anUnknownGroupIsAnErrorNamingItAndRefusesTheMergedPlan() {
        let assignment = F.assignment("ghosts", permissionSet: "Admin", group: "Ghosts", accounts: ["prod"])
        let desired = F.desired(permissionSets: [F.permissionSet("Admin")], assignments: [assignment])
        let plan = F.plan(desired, F.live(), F.identityCenter([F.liveAdmin()]))
        #expect(plan.errors.map(\.code) == ["unknown-principal"])
        #expect(plan.errors.first?.message.contains("'Ghosts'") == true)
        let merged = plan.merged(into: OrganizationDiffer.plan(desired: desired, live: F.live(), options: PlanOptions()),
                                 options: PlanOptions())
        #expect(merged.refusal?.code == "identity-center-errors")
        #expect(merged.refusal?.resources == ["group Ghosts"])
        #expect(!merged.applyable)
    }

    @Test func unknownAccountsAndOUsAreErrors() {
        let assignment = F.assignment("bad", permissionSet: "Admin", group: "Ops", ous: ["/Nowhere"], accounts: ["ghost"])
        let plan = F.plan(F.desired(permissionSets: [F.permissionSet("Admin")], assignments: [assignment]), F.live(),
                          F.identityCenter([F.liveAdmin()]))
        #expect(plan.errors.map(\.code) == ["unknown-account", "unknown-organizational-unit"])
    }

    @Test func newAssignmentsWaitForTheirPermissionSetAndDeletionsCountAgainstMaxDeletions() throws {
        let desired = F.desired(permissionSets: [F.permissionSet("Admin")], assignments: [Self.workloadsOps])
        let plan = F.plan(desired, F.live(), F.identityCenter())
        let create = try #require(plan.actions.first { if case .identityCenter(.createPermissionSet) = $0.kind { true } else { false } })
        let assignments = plan.actions.filter { $0.resource.kind == .accountAssignment }
        #expect(assignments.count == 2)
        #expect(assignments.allSatisfy { $0.dependsOn.contains(create.id) && $0.dependsOn.count == 2 })

        let center = F.identityCenter([F.liveAdmin()], assignments: [F.grant("200000000001"), F.grant("200000000002"),
                                                                      F.grant("200000000003")])
        let removal = F.plan(F.desired(permissionSets: [F.permissionSet("Admin")]), F.live(), center)
        let merged = removal.merged(into: OrganizationPlan(organization: "acme", liveFingerprint: "x"),
                                    options: PlanOptions(maxDeletions: 2))
        #expect(merged.refusal?.code == "max-deletions-exceeded")
        #expect(merged.refusal?.resources.count == 3)
    }
}
