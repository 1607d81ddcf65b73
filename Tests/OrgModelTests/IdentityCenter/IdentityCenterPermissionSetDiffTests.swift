import OrgModel
import Testing

@Suite struct IdentityCenterPermissionSetDiffTests {
    typealias F = IdentityCenterFixture

    @Test func aNewPermissionSetIsCreatedTaggedWithItsContentAfterIt() throws {
        let desired = F.desired(permissionSets: [F.permissionSet("Admin", inline: F.inline, tags: ["team": "sec"])])
        let plan = F.plan(desired, F.live(), F.identityCenter())
        let create = try #require(plan.actions.first { $0.kind.verb == "create" })
        guard case .identityCenter(.createPermissionSet(let new)) = create.kind else {
            Issue.record("first create is \(create.kind)")
            return
        }
        #expect(new.tags == ["team": "sec", PlanOptions.defaultOwnerTagKey: "acme"])
        #expect(new.sessionDuration == "PT4H")
        let others = plan.actions.filter { $0.id != create.id }
        #expect(others.count == 2)
        #expect(others.allSatisfy { $0.dependsOn == [create.id] })
        #expect(F.kinds(plan).contains(.putInlinePolicy(permissionSet: PermissionSetReference(name: "Admin", arn: nil),
                                                        document: F.inline)))
        #expect(!F.kinds(plan).contains { if case .provisionPermissionSet = $0 { true } else { false } })
    }

    @Test func aConvergedPermissionSetPlansNothingAndInlinePolicyIsComparedAsJSON() {
        let desired = F.desired(permissionSets: [F.permissionSet("Admin", inline: F.inline)])
        let center = F.identityCenter([F.liveAdmin(inline: F.inline, provisioned: ["200000000001"])])
        #expect(F.plan(desired, F.live(), center).actions.isEmpty)
    }

    @Test func contentChangesAreFollowedByProvisioningToTheProvisionedAccounts() throws {
        var wanted = F.permissionSet("Admin", managed: ["arn:aws:iam::aws:policy/ReadOnlyAccess"], inline: F.inline)
        wanted.customerManagedPolicies = [CustomerManagedPolicyRef(name: "deny-billing", path: "/")]
        wanted.permissionsBoundary = .managedPolicy(arn: "arn:aws:iam::aws:policy/PowerUserAccess")
        wanted.sessionDuration = "PT8H"
        let edited = #"{"Statement":[{"Action":"*","Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"}"#
        let center = F.identityCenter([F.liveAdmin(inline: edited, provisioned: ["200000000001", "200000000002"])])
        let plan = F.plan(F.desired(permissionSets: [wanted]), F.live(), center)
        let reference = PermissionSetReference(name: "Admin", arn: F.adminArn)
        let kinds = F.kinds(plan)
        #expect(kinds.contains(.attachManagedPolicy(permissionSet: reference, arn: "arn:aws:iam::aws:policy/ReadOnlyAccess")))
        #expect(kinds.contains(.detachManagedPolicy(permissionSet: reference, arn: "arn:aws:iam::aws:policy/AdministratorAccess")))
        #expect(kinds.contains(.attachCustomerManagedPolicy(permissionSet: reference,
                                                            policy: LiveCustomerManagedPolicy(name: "deny-billing"))))
        #expect(kinds.contains(.putInlinePolicy(permissionSet: reference, document: F.inline)))
        #expect(kinds.contains(.putPermissionsBoundary(permissionSet: reference,
                                                       boundary: .managedPolicy(arn: "arn:aws:iam::aws:policy/PowerUserAccess"))))
        #expect(kinds.contains(.updatePermissionSet(permissionSet: reference, description: nil, sessionDuration: "PT8H",
                                                    relayState: nil)))
        let provision = try #require(plan.actions.first { $0.kind.verb == "provision" })
        #expect(provision.kind == .identityCenter(.provisionPermissionSet(permissionSet: reference,
                                                                          accountIds: ["200000000001", "200000000002"])))
        #expect(Set(provision.dependsOn) == Set(plan.actions.filter { $0.id != provision.id }.map(\.id)))
    }

    @Test func removingTheInlinePolicyAndBoundaryDeletesThemAndTagsAreConverged() {
        var live = F.liveAdmin(inline: F.inline, tags: F.owner.merging(["old": "x", "team": "a"]) { a, _ in a })
        live.permissionsBoundary = .managedPolicy(arn: "arn:aws:iam::aws:policy/PowerUserAccess")
        let desired = F.desired(permissionSets: [F.permissionSet("Admin", tags: ["team": "b"])])
        let kinds = F.kinds(F.plan(desired, F.live(), F.identityCenter([live])))
        let reference = PermissionSetReference(name: "Admin", arn: F.adminArn)
        #expect(kinds.contains(.deleteInlinePolicy(permissionSet: reference)))
        #expect(kinds.contains(.deletePermissionsBoundary(permissionSet: reference)))
        #expect(kinds.contains(.tagPermissionSet(permissionSet: reference, tags: ["team": "b"])))
        #expect(kinds.contains(.untagPermissionSet(permissionSet: reference, keys: ["old"])))
        #expect(!kinds.contains { if case .provisionPermissionSet = $0 { true } else { false } })
    }

    @Test func anUntaggedPermissionSetOfTheSameNameIsAConflictUnlessAdoptIsSet() {
        let untagged = F.liveAdmin(tags: [:])
        let assignment = F.assignment("ops", permissionSet: "Admin", group: "Ops", accounts: ["prod"])
        let conflict = F.plan(F.desired(permissionSets: [F.permissionSet("Admin")], assignments: [assignment]),
                              F.live(), F.identityCenter([untagged]))
        #expect(conflict.actions.isEmpty)
        #expect(conflict.unmanaged.map(\.name) == ["Admin"])
        #expect(conflict.notes.contains { $0.contains("adopt: true") && $0.contains("'Admin'") })

        let adopted = F.plan(F.desired(permissionSets: [F.permissionSet("Admin", adopt: true)], assignments: [assignment]),
                             F.live(), F.identityCenter([untagged]))
        let reference = PermissionSetReference(name: "Admin", arn: F.adminArn)
        #expect(F.kinds(adopted).contains(.adoptPermissionSet(permissionSet: reference, tags: F.owner)))
        #expect(F.created(adopted) == ["prod"])
        let adopt = adopted.actions.first { $0.kind.verb == "adopt" }?.id
        #expect(adopted.actions.first { $0.kind.verb == "create" }?.dependsOn == adopt.map { [$0] })
    }

    @Test func pruneDeletesAManagedPermissionSetAfterItsAssignmentsAndKeepsItWhenOff() throws {
        let read = LivePermissionSet(arn: F.readArn, name: "Read", tags: F.owner, provisionedAccountIds: ["200000000002"])
        let foreign = LivePermissionSet(arn: "arn:aws:sso:::permissionSet/ssoins-1/ps-x", name: "Console", tags: [:])
        let center = F.identityCenter([read, foreign], assignments: [F.grant("200000000002", arn: F.readArn),
                                                                    F.grant("200000000002", arn: "arn:aws:sso:::permissionSet/ssoins-1/ps-x")])
        let pruned = F.plan(F.desired(prune: true), F.live(), center)
        #expect(F.deleted(pruned) == ["dev"])
        let delete = try #require(pruned.actions.first { $0.kind == .identityCenter(.deletePermissionSet(
            permissionSet: PermissionSetReference(name: "Read", arn: F.readArn))) })
        #expect(delete.dependsOn == pruned.actions.filter { $0.resource.kind == .accountAssignment }.map(\.id))
        #expect(pruned.unmanaged.map(\.name) == ["Console"])

        let kept = F.plan(F.desired(prune: false), F.live(), center)
        #expect(kept.actions.isEmpty)
        #expect(kept.kept.map(\.name) == ["Read"])
    }

    @Test func accessControlAttributesAreConvergedWhenDeclared() {
        let desired = F.desired(attributes: ["CostCenter": "${path:enterprise.costCenter}"])
        let created = F.kinds(F.plan(desired, F.live(), F.identityCenter()))
        #expect(created == [.putAccessControlAttributes(attributes: ["CostCenter": "${path:enterprise.costCenter}"], exists: false)])
        let changed = F.kinds(F.plan(desired, F.live(), F.identityCenter(attributes: ["Team": "${path:name.givenName}"])))
        #expect(changed == [.putAccessControlAttributes(attributes: ["CostCenter": "${path:enterprise.costCenter}"], exists: true)])
        #expect(F.plan(desired, F.live(), F.identityCenter(attributes: ["CostCenter": "${path:enterprise.costCenter}"]))
            .actions.isEmpty)
        let undeclared = F.plan(F.desired(), F.live(), F.identityCenter(attributes: ["Team": "x"]))
        #expect(undeclared.actions.isEmpty)
        #expect(undeclared.notes.contains { $0.contains("access-control attributes") })
    }
}
