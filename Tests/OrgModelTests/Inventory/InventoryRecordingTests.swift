import OrgModel
import TestSupport
import Testing

@Suite struct InventoryRecordingTests {
    @Test func recordsEveryDeclaredResourceWithItsDigestAndOnRemoval() async throws {
        var texts = DiffFixture.estate()
        texts["closing.yaml"] = DiffFixture.account("closing", ou: "/Sandbox", onRemoval: "close")
        let (fake, inventory) = try await DiffFixture.converged(texts)
        #expect(inventory.organization == "acme")
        #expect(inventory.entries.map { "\($0.kind.rawValue) \($0.name)" } == [
            "organizational-unit /Sandbox", "organizational-unit /Workloads", "organizational-unit /Workloads/Prod",
            "account closing", "account sandbox-1", "account shop-prod", "policy deny-delete",
        ])
        #expect(inventory.entry(kind: .account, name: "closing")?.onRemoval == "close")
        #expect(inventory.entry(kind: .account, name: "shop-prod")?.awsId == fake.accountIds["shop-prod"])
        #expect(inventory.entries.allSatisfy { $0.digest?.count == 64 })
    }

    @Test func managedResourcesKeptByPruneOffStayRecordedAcrossCheapPasses() async throws {
        var texts = DiffFixture.estate()
        texts["closing.yaml"] = DiffFixture.account("closing", ou: "/Sandbox", onRemoval: "close")
        let (fake, first) = try await DiffFixture.converged(texts)
        texts["closing.yaml"] = nil
        let desired = try DiffFixture.desired(texts)
        let full = try await fake.readOrganization(desired, options: .full)
        let second = Inventory.recording(desired: desired, live: full, previous: first)
        #expect(second.entry(kind: .account, name: "closing")?.onRemoval == "close", "the old entry survives")
        let cheap = try await fake.readOrganization(desired, options: .cheap)
        let third = Inventory.recording(desired: desired, live: cheap, previous: second)
        #expect(third == second)
        let unknown = Inventory.recording(desired: desired, live: cheap, previous: nil)
        #expect(unknown.entry(kind: .account, name: "closing") == nil, "without tags or a previous record it is not ours")
    }
}
