import OrgModel
import Synchronization
import Testing

/// A reader that returns a fixed snapshot and counts its reads.
private final class FixedReader: IdentityCenterReader {
    let center: LiveIdentityCenter
    let reads = Mutex(0)
    let requests = Mutex<[IdentityCenterReadRequest]>([])

    init(_ center: LiveIdentityCenter) { self.center = center }

    func readIdentityCenter(_ organization: DesiredOrganization,
                            request: IdentityCenterReadRequest) async throws -> LiveIdentityCenter {
        reads.withLock { $0 += 1 }
        requests.withLock { $0.append(request) }
        return center
    }
}

@Suite struct IdentityCenterPlannerTests {
    typealias F = IdentityCenterFixture

    @Test func anOrganizationDeclaringNothingOfIdentityCenterIsReadForWhatItOwnsOnly() async throws {
        var desired = F.desired()
        desired.identityCenter = nil
        let reader = FixedReader(F.identityCenter())
        let base = OrganizationDiffer.plan(desired: desired, live: F.live(), options: PlanOptions())
        let plan = try await IdentityCenterPlanner.plan(desired: desired, live: F.live(), organizationPlan: base,
                                                        reader: reader, options: PlanOptions())
        #expect(plan == base)
        #expect(reader.reads.withLock { $0 } == 1)
        #expect(reader.requests.withLock { $0.map(\.ownedOnly) } == [true])
    }

    @Test func anOrganizationDeclaringNothingPrunesTheLastPermissionSetItOwns() async throws {
        var desired = F.desired()
        desired.identityCenter = nil
        let owned = LivePermissionSet(arn: "arn:aws:sso:::permissionSet/ssoins-1/ps-owned", name: "Old",
                                      tags: [PlanOptions.defaultOwnerTagKey: "acme"], detailsRead: true)
        let reader = FixedReader(F.identityCenter([owned]))
        let base = OrganizationDiffer.plan(desired: desired, live: F.live(), options: PlanOptions())
        let plan = try await IdentityCenterPlanner.plan(desired: desired, live: F.live(), organizationPlan: base,
                                                        reader: reader, options: PlanOptions())
        #expect(plan.actions.count == base.actions.count + 1)
        #expect(plan.actions.contains { $0.id == "delete permission-set Old" })
    }

    @Test func anUnreadableInstanceOfAnOrganizationDeclaringNothingIsANoteNotAnError() async throws {
        var desired = F.desired()
        desired.identityCenter = nil
        var center = LiveIdentityCenter(instanceArn: "", identityStoreId: "")
        center.unreadable = "ListInstances: AccessDeniedException"
        let base = OrganizationDiffer.plan(desired: desired, live: F.live(), options: PlanOptions())
        let plan = try await IdentityCenterPlanner.plan(desired: desired, live: F.live(), organizationPlan: base,
                                                        reader: FixedReader(center), options: PlanOptions())
        #expect(plan.actions == base.actions)
        #expect(plan.notes.last == "identity center was not read (ListInstances: AccessDeniedException); "
            + "permission sets orgops owns there are neither pruned nor reported")
    }

    @Test func anOrganizationThatDoesNotExistYetAndDeclaresNothingIsNotRead() async throws {
        var desired = F.desired()
        desired.identityCenter = nil
        let reader = FixedReader(F.identityCenter())
        let live = LiveOrganization()
        let base = OrganizationDiffer.plan(desired: desired, live: live, options: PlanOptions())
        let plan = try await IdentityCenterPlanner.plan(desired: desired, live: live, organizationPlan: base,
                                                        reader: reader, options: PlanOptions())
        #expect(plan == base)
        #expect(reader.reads.withLock { $0 } == 0)
    }

    @Test func aDelegatedAdministratorCreatedThisPassDefersIdentityCenterToTheNextPass() async throws {
        var desired = F.desired(permissionSets: [F.permissionSet("Admin")])
        desired.accounts.append(F.account("identity", id: nil, ou: "/Workloads"))
        desired.identityCenter?.delegatedAdministrator = AccountRef(name: "identity", accountId: nil)
        let reader = FixedReader(F.identityCenter())
        let base = OrganizationDiffer.plan(desired: desired, live: F.live(), options: PlanOptions())
        let plan = try await IdentityCenterPlanner.plan(desired: desired, live: F.live(), organizationPlan: base,
                                                        reader: reader, options: PlanOptions())
        #expect(reader.reads.withLock { $0 } == 0)
        #expect(plan.notes.last?.contains("delegated administrator account 'identity'") == true)
        #expect(plan.actions == base.actions)
    }

    @Test func otherwiseTheIdentityCenterPartIsReadOnceAndMerged() async throws {
        let desired = F.desired(permissionSets: [F.permissionSet("Admin")])
        let reader = FixedReader(F.identityCenter())
        let base = OrganizationDiffer.plan(desired: desired, live: F.live(), options: PlanOptions())
        let plan = try await IdentityCenterPlanner.plan(desired: desired, live: F.live(), organizationPlan: base,
                                                        reader: reader, options: PlanOptions())
        #expect(reader.reads.withLock { $0 } == 1)
        #expect(plan.actions.count == base.actions.count + 2)
    }
}
