import OrgModel
import TestSupport
import Testing

/// Out-of-band changes to a converged organization: each is found, and named drift when the inventory
/// shows the manifests did not change.
@Suite struct OrganizationDifferDriftTests {
    @Test func convergedEstatePlansNothing() async throws {
        let (fake, inventory) = try await DiffFixture.converged(DiffFixture.estate())
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(DiffFixture.estate()), inventory: inventory)
        #expect(plan.actions.isEmpty)
        #expect(plan.unmanaged.isEmpty)
        #expect(plan.tagsCompared)
    }

    @Test func policyContentEditedInTheConsoleIsDriftAndRestored() async throws {
        let (fake, inventory) = try await DiffFixture.converged(DiffFixture.estate())
        let policy = try #require(fake.policyId(name: "deny-delete"))
        fake.outOfBand { $0.setPolicyContent(policy, #"{"Statement":[],"Version":"2012-10-17"}"#) }
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(DiffFixture.estate()), inventory: inventory)
        #expect(plan.ids == ["update policy deny-delete"])
        let action = try #require(plan.actions.first)
        #expect(action.reason == .changedOutOfBand)
        #expect(action.changes.map(\.field) == ["content"])
        guard case .updatePolicy(let reference, nil, nil, let content) = action.kind else {
            Issue.record("expected an update of the content only, got \(action.kind)")
            return
        }
        #expect(reference.id == policy)
        #expect(content?.contains("s3:DeleteBucket") == true)
    }

    @Test func accountMovedByHandIsMovedBack() async throws {
        let (fake, inventory) = try await DiffFixture.converged(DiffFixture.estate())
        let account = try #require(fake.accountIds["shop-prod"])
        fake.outOfBand { $0.moveAccount(account, to: "/Sandbox") }
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(DiffFixture.estate()), inventory: inventory)
        #expect(plan.ids == ["move account shop-prod"])
        let action = try #require(plan.actions.first)
        #expect(action.reason == .changedOutOfBand)
        #expect(action.changes == [FieldChange(field: "organizationalUnit", before: "/Sandbox", after: "/Workloads/Prod")])
    }

    @Test func policyDetachedByHandIsAttachedAgain() async throws {
        let (fake, inventory) = try await DiffFixture.converged(DiffFixture.estate())
        let policy = try #require(fake.policyId(name: "deny-delete"))
        let workloads = try #require(fake.organizationalUnitId(path: "/Workloads"))
        fake.outOfBand { $0.detach(policy, from: workloads) }
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(DiffFixture.estate()), inventory: inventory)
        #expect(plan.ids == ["attach attachment deny-delete → ou /Workloads"])
        #expect(plan.actions.first?.reason == .changedOutOfBand)
    }

    @Test func attachmentAddedByHandToAManagedPolicyIsDetached() async throws {
        let (fake, inventory) = try await DiffFixture.converged(DiffFixture.estate())
        let policy = try #require(fake.policyId(name: "deny-delete"))
        let sandbox = try #require(fake.organizationalUnitId(path: "/Sandbox"))
        fake.outOfBand { $0.attach(policy, to: sandbox) }
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(DiffFixture.estate()), inventory: inventory)
        #expect(plan.ids == ["detach attachment deny-delete → ou /Sandbox"])
        #expect(plan.actions.first?.effect == .delete)
        #expect(plan.refusal == nil, "a detach is not a deletion for --max-deletions")
    }

    @Test func tagChangedByHandIsSetBackAndExtraTagRemoved() async throws {
        let (fake, inventory) = try await DiffFixture.converged(DiffFixture.estate())
        let account = try #require(fake.accountIds["shop-prod"])
        fake.outOfBand { $0.setTags(account, ["env": "test", "orgops:managed-by": "acme", "extra": "x"]) }
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(DiffFixture.estate()), inventory: inventory)
        #expect(plan.ids == ["tag account shop-prod", "untag account shop-prod"])
        #expect(plan.actions.first?.changes == [FieldChange(field: "tags.env", before: "test", after: "prod")])
        #expect(plan.actions.last?.kind == .untagAccount(account: AccountReference(name: "shop-prod", id: account), keys: ["extra"]))
    }

    @Test func changeInManifestsIsNotDrift() async throws {
        let (fake, inventory) = try await DiffFixture.converged(DiffFixture.estate())
        var texts = DiffFixture.estate()
        texts["shop.yaml"] = DiffFixture.account("shop-prod", ou: "/Sandbox")
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(texts), inventory: inventory)
        #expect(plan.ids == ["move account shop-prod"])
        #expect(plan.actions.first?.reason == .changedInManifests)
    }

    @Test func cheapReadComparesNoTagsAndSaysSo() async throws {
        let (fake, inventory) = try await DiffFixture.converged(DiffFixture.estate())
        let account = try #require(fake.accountIds["shop-prod"])
        fake.outOfBand { $0.setTags(account, ["env": "test", "orgops:managed-by": "acme"]) }
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(DiffFixture.estate()), read: .cheap,
                                              inventory: inventory)
        #expect(plan.actions.isEmpty)
        #expect(!plan.tagsCompared)
        #expect(plan.notes.contains { $0.hasPrefix("tags were not read on this pass") })
    }

    @Test func withoutAnInventoryADifferenceIsNotCalledEitherSide() async throws {
        let (fake, _) = try await DiffFixture.converged(DiffFixture.estate())
        let account = try #require(fake.accountIds["shop-prod"])
        fake.outOfBand { $0.moveAccount(account, to: "/Sandbox") }
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(DiffFixture.estate()))
        #expect(plan.actions.map(\.reason) == [.differsFromManifests])
    }

    @Test func policyDeletedByHandIsCreatedAgainAsDrift() async throws {
        let (fake, inventory) = try await DiffFixture.converged(DiffFixture.estate())
        let policy = try #require(fake.policyId(name: "deny-delete"))
        fake.outOfBand { $0.deletePolicy(policy) }
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(DiffFixture.estate()), inventory: inventory)
        #expect(plan.action("create policy deny-delete")?.reason == .changedOutOfBand)
        #expect(plan.ids.count == 3, "the create and its two attachments: \(plan.ids)")
    }

    @Test func succeededCreateWhoseAccountIsNotListedYetIsWaitedFor() async throws {
        let fake = InMemoryOrganization(managementAccountId: "111111111111")
        fake.outOfBand { $0.createOrganization(policyTypes: ["SERVICE_CONTROL_POLICY", "TAG_POLICY"]) }
        let desired = try DiffFixture.desired(DiffFixture.estate())
        var live = try await fake.readOrganization(desired, options: .full)
        live.createAccountRequests = [LiveCreateAccountRequest(id: "car-1", accountName: "shop-prod", state: "SUCCEEDED",
                                                               accountId: "999999999999", failureReason: nil),
                                      LiveCreateAccountRequest(id: "car-2", accountName: "sandbox-1", state: "FAILED",
                                                               accountId: nil, failureReason: "INTERNAL_FAILURE")]
        let plan = OrganizationDiffer.plan(desired: desired, live: live, options: PlanOptions())
        guard case .createAccount(let shop) = plan.action("create account shop-prod")?.kind,
              case .createAccount(let sandbox) = plan.action("create account sandbox-1")?.kind else {
            Issue.record("creates missing: \(plan.ids)")
            return
        }
        #expect(shop.existingRequestId == "car-1")
        #expect(sandbox.existingRequestId == nil, "a failed request is asked for again")
    }
}
