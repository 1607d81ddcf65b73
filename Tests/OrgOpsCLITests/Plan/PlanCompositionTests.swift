import AWSClient
import Foundation
import OrgModel
import OrgOpsCLI
import Testing

/// The composition root's pure parts: revision, inventory record, AWS settings, client factory.
@Suite struct PlanCompositionTests {
    @Test func theRevisionHashesPathsAndContentsWithoutAmbiguity() {
        let one = ManifestRevision.of(sources: ["a.yaml": "x: 1\n", "b.yaml": "y: 2\n"])
        #expect(one == ManifestRevision.of(sources: ["b.yaml": "y: 2\n", "a.yaml": "x: 1\n"]))
        #expect(one.hasPrefix("sha256:") && one.count == 7 + 64)
        #expect(one != ManifestRevision.of(sources: ["a.yaml": "x: 1\n", "b.yaml": "y: 3\n"]))
        #expect(ManifestRevision.of(sources: ["a": "bc"]) != ManifestRevision.of(sources: ["ab": "c"]))
    }

    @Test func anInventoryIsRecordedAndReadBackAndAMissingOneIsNil() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("orgops-inv-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = InventoryStore(directory: directory)
        #expect(try store.load("acme") == nil)
        let inventory = Inventory(organization: "acme", entries: [
            InventoryEntry(kind: .account, name: "shop-prod", awsId: "123456789012", digest: "d1", onRemoval: "remove"),
            InventoryEntry(kind: .organizationalUnit, name: "/Workloads", awsId: "ou-ab12-cd34ef56"),
        ])
        try store.save(inventory)
        #expect(try store.load("acme") == inventory)
        #expect(InventoryStore.forRepository("/repo", stateDirectory: nil).directory == "/repo/.orgops")
        #expect(InventoryStore.forRepository("/repo", stateDirectory: "/state").path(for: "acme")
            == "/state/inventory/acme.json")
    }

    @Test func anUnreadableOrForeignInventoryIsAnErrorThatSaysWhatToDo() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("orgops-inv-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = InventoryStore(directory: directory)
        try store.save(Inventory(organization: "globex", entries: []))
        try FileManager.default.moveItem(atPath: store.path(for: "globex"), toPath: store.path(for: "acme"))
        #expect(throws: CommandError.self) { try store.load("acme") }
        do {
            _ = try store.load("acme")
        } catch {
            #expect(error.code == "inventory-mismatch")
            #expect(error.message.contains("'globex'"))
        }
        try "not json".write(toFile: store.path(for: "acme"), atomically: true, encoding: .utf8)
        do {
            _ = try store.load("acme")
            Issue.record("a file that is not an inventory was read")
        } catch {
            #expect(error.code == "inventory-unreadable")
        }
    }

    @Test func limitSettingsApplyOverTheDefaultsAndAMalformedOneIsAUsageError() throws {
        let limits = try AWSSettings(rates: ["identitycenter=5"], inflight: ["organizations=4"]).limits()
        #expect(limits.rates["identitycenter"] == 5)
        #expect(limits.inflight["organizations"] == 4)
        #expect(limits.inflight["create-account"] == 5)
        do {
            _ = try AWSSettings(inflight: ["organizations"]).limits()
            Issue.record("a setting without a value was accepted")
        } catch {
            #expect(error.code == "invalid-value")
            #expect(error.message.contains("'organizations'"))
        }
    }

    @Test func theClientTakesItsRegionFromTheEnvironmentAndRefusesABadOne() throws {
        let files: FileReader = { _ in nil }
        let client = try OperatorClientFactory(environment: ["AWS_REGION": "eu-west-1"], readFile: files)
            .makeClient(settings: AWSSettings())
        #expect(client.configuration.region == "eu-west-1")
        #expect(client.configuration.scope == "operator")
        let fallback = try OperatorClientFactory(environment: [:], readFile: files).makeClient(settings: AWSSettings())
        #expect(fallback.configuration.region == OperatorClientFactory.fallbackRegion)
        do {
            _ = try OperatorClientFactory(environment: ["AWS_REGION": "EU West"], readFile: files)
                .makeClient(settings: AWSSettings())
            Issue.record("a region with spaces was accepted")
        } catch let error as CommandError {
            #expect(error.code == "invalid-region")
            #expect(error.message.contains("'EU West'"))
        }
    }
}
