import OrgModel
import TestSupport
import Testing

/// Adoption, unmanaged resources, prune on and off, the deletion limit and suspend.
@Suite struct OrganizationDifferOwnershipTests {
    private func preexisting() -> InMemoryOrganization {
        let fake = InMemoryOrganization(managementAccountId: "111111111111")
        fake.outOfBand { editor in
            editor.createOrganization(policyTypes: ["SERVICE_CONTROL_POLICY", "TAG_POLICY"])
            editor.addOrganizationalUnit("Workloads", tags: ["team": "platform"])
            editor.addOrganizationalUnit("Prod", under: "/Workloads")
            editor.addOrganizationalUnit("Sandbox")
            editor.addOrganizationalUnit("Legacy")
            editor.addAccount("shop-prod", email: "shop-prod@example.com", under: "/Workloads/Prod", tags: ["env": "prod"])
            editor.addAccount("old-one", email: "old@example.com")
            editor.addPolicy("handmade", content: #"{"Statement":[]}"#)
        }
        return fake
    }

    @Test func existingAccountWithTheSameEmailIsAdoptedNotCreated() async throws {
        let fake = preexisting()
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(DiffFixture.estate()))
        let id = try #require(fake.accountIds["shop-prod"])
        let adopt = try #require(plan.action("adopt account shop-prod"))
        #expect(adopt.kind == .adoptAccount(account: AccountReference(name: "shop-prod", id: id),
                                            tags: ["env": "prod", "orgops:managed-by": "acme"]))
        #expect(adopt.reason == .adoption)
        #expect(plan.action("create account shop-prod") == nil)
        #expect(plan.action("create account sandbox-1") != nil)
    }

    @Test func accountNamedByIdIsAdopted() async throws {
        let fake = preexisting()
        let id = try #require(fake.accountIds["old-one"])
        var texts = DiffFixture.estate()
        texts["old.yaml"] = DiffFixture.account("old-one", ou: "/Sandbox", id: id)
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(texts))
        #expect(plan.action("adopt account old-one") != nil)
        #expect(plan.action("move account old-one")?.changes
            == [FieldChange(field: "organizationalUnit", before: "/", after: "/Sandbox")])
    }

    @Test func unmanagedResourcesAreReportedAndNeverTouched() async throws {
        let fake = preexisting()
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(DiffFixture.estate(prune: true)))
        #expect(plan.unmanaged.map(\.display) == ["organizational-unit /Legacy", "account old-one", "policy handmade"])
        #expect(!plan.actions.contains { $0.resource.name.contains("Legacy") || $0.resource.name == "old-one" })
        #expect(plan.kept.isEmpty)
    }

    @Test func pruneOffKeepsAndReportsManagedResourcesWhoseManifestWasRemoved() async throws {
        let (fake, inventory) = try await DiffFixture.converged(DiffFixture.estate())
        var texts = DiffFixture.estate()
        texts["policy.yaml"] = nil
        texts["sandbox.yaml"] = nil
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(texts), inventory: inventory)
        #expect(plan.actions.isEmpty)
        #expect(plan.kept.map(\.display) == ["account sandbox-1", "policy deny-delete"])
        #expect(plan.unmanaged.isEmpty)
    }

    @Test func pruneOnDetachesThenDeletesPoliciesAndFollowsOnRemoval() async throws {
        var original = DiffFixture.estate(prune: true)
        original["closing.yaml"] = DiffFixture.account("closing", ou: "/Sandbox", onRemoval: "close")
        original["leaving.yaml"] = DiffFixture.account("leaving", ou: "/Sandbox", onRemoval: "remove")
        let (fake, inventory) = try await DiffFixture.converged(original)
        var texts = DiffFixture.estate(prune: true)
        texts["policy.yaml"] = nil
        texts["sandbox.yaml"] = nil
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(texts), inventory: inventory)
        let detaches = ["detach attachment deny-delete → ou /Workloads", "detach attachment deny-delete → account shop-prod"]
        for detach in detaches {
            let position = try #require(plan.position(detach))
            #expect(position < (plan.position("delete policy deny-delete") ?? -1))
        }
        #expect(Set(plan.action("delete policy deny-delete")?.dependsOn ?? []) == Set(detaches))
        #expect(plan.action("release account sandbox-1")?.kind
            == .releaseAccount(account: AccountReference(name: nil, id: fake.accountIds["sandbox-1"]), ownerTagKey: "orgops:managed-by"))
        #expect(plan.action("close account closing") != nil)
        #expect(plan.action("remove account leaving") != nil)
        #expect(plan.kept.isEmpty)
        #expect(plan.refusal == nil)
    }

    @Test func pruneOnACheapReadUsesTheInventoryForOwnership() async throws {
        let (fake, inventory) = try await DiffFixture.converged(DiffFixture.estate(prune: true))
        fake.outOfBand { $0.addPolicy("handmade", content: "{}") }
        var texts = DiffFixture.estate(prune: true)
        texts["policy.yaml"] = nil
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(texts), read: .cheap, inventory: inventory)
        #expect(plan.action("delete policy deny-delete") != nil)
        #expect(plan.unmanaged.map(\.name) == ["handmade"])
        let blind = try await DiffFixture.plan(fake, DiffFixture.desired(texts), read: .cheap)
        #expect(blind.action("delete policy deny-delete") == nil, "without tags or inventory nothing counts as managed")
    }

    @Test func tooManyDeletionsRefuseThePlanNamingEachOne() async throws {
        var original = DiffFixture.estate(prune: true)
        original["a.yaml"] = DiffFixture.account("gone-a", ou: "/Sandbox", onRemoval: "close")
        original["b.yaml"] = DiffFixture.account("gone-b", ou: "/Sandbox", onRemoval: "remove")
        let (fake, inventory) = try await DiffFixture.converged(original)
        let desired = try DiffFixture.desired(DiffFixture.estate(prune: true).filter { $0.key != "policy.yaml" })
        let plan = try await DiffFixture.plan(fake, desired, options: PlanOptions(maxDeletions: 2), inventory: inventory)
        let refusal = try #require(plan.refusal)
        #expect(refusal.code == "max-deletions-exceeded")
        #expect(refusal.resources == ["delete policy deny-delete", "close account gone-a", "remove account gone-b"])
        #expect(refusal.message.hasPrefix("the plan deletes 3 resources, more than --max-deletions 2: "))
        #expect(!plan.applyable)
        let allowed = try await DiffFixture.plan(fake, desired, options: PlanOptions(maxDeletions: 3), inventory: inventory)
        #expect(allowed.refusal == nil)
    }

    @Test func suspendedOrganizationIsPlannedButNotApplyable() async throws {
        let fake = InMemoryOrganization(managementAccountId: "111111111111")
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(DiffFixture.estate(suspend: true)))
        #expect(plan.suspended)
        #expect(!plan.applyable)
        #expect(!plan.actions.isEmpty)
    }

    @Test func ownershipTagKeyIsConfigurable() async throws {
        let fake = InMemoryOrganization(managementAccountId: "111111111111")
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(DiffFixture.estate()),
                                              options: PlanOptions(ownerTagKey: "corp:owner"))
        guard case .createPolicy(let policy) = plan.action("create policy deny-delete")?.kind else {
            Issue.record("no policy create")
            return
        }
        #expect(policy.tags == ["corp:owner": "acme"])
    }
}

@Suite struct OrganizationDifferCheapReadTests {
    @Test func adoptionWaitsForAFullReadSoCheapNoOpPassesStayEmpty() async throws {
        let fake = InMemoryOrganization(managementAccountId: "111111111111")
        fake.outOfBand { editor in
            editor.createOrganization(policyTypes: ["SERVICE_CONTROL_POLICY", "TAG_POLICY"])
            editor.addAccount("shop-prod", email: "shop-prod@example.com")
        }
        let desired = try DiffFixture.desired(["org.yaml": DiffFixture.organization(units: "    - name: Sandbox\n"),
                                               "shop.yaml": DiffFixture.account("shop-prod", ou: "/")])
        let cheap = try await DiffFixture.plan(fake, desired, read: .cheap)
        #expect(cheap.action("adopt account shop-prod") == nil)
        let full = try await DiffFixture.plan(fake, desired)
        #expect(full.action("adopt account shop-prod") != nil)
    }
}
