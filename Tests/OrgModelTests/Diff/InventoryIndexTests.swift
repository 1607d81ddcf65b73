import Testing
@testable import OrgModel

/// The differ's inventory index must answer exactly as the inventory's own scans do, duplicates included.
@Suite struct InventoryIndexTests {
    static let inventory = Inventory(organization: "acme", entries: [
        InventoryEntry(kind: .account, name: "prod", awsId: "111111111111", digest: "d1", onRemoval: "close"),
        InventoryEntry(kind: .account, name: "dev", awsId: "222222222222", digest: "d2"),
        // The same AWS ID under a second name, and the same name with a second ID: the first in order wins.
        InventoryEntry(kind: .account, name: "zz-dev-again", awsId: "222222222222", digest: "d3"),
        InventoryEntry(kind: .account, name: "dev", awsId: "333333333333", digest: "d4"),
        InventoryEntry(kind: .organizationalUnit, name: "/Workloads", awsId: "ou-ab12-aaaaaaaa"),
        InventoryEntry(kind: .policy, name: "deny-leave", awsId: "p-aaaaaaaa", digest: "d5"),
        // A policy whose AWS ID equals an OU's: kinds never mix.
        InventoryEntry(kind: .policy, name: "odd", awsId: "ou-ab12-aaaaaaaa"),
    ])

    @Test func findsWhatTheInventoryFindsByAWSId() {
        let index = InventoryIndex(Self.inventory)
        let ids = ["111111111111", "222222222222", "333333333333", "ou-ab12-aaaaaaaa", "p-aaaaaaaa", "missing"]
        for kind in ResourceKind.allCases {
            for id in ids {
                #expect(index.entry(kind: kind, awsId: id) == Self.inventory.entry(kind: kind, awsId: id),
                        "kind \(kind.rawValue), id \(id)")
                #expect(index.manages(kind: kind, awsId: id) == Self.inventory.manages(kind: kind, awsId: id))
            }
        }
        #expect(index.entry(kind: .account, awsId: "222222222222")?.name == "dev")
    }

    @Test func findsWhatTheInventoryFindsByName() {
        let index = InventoryIndex(Self.inventory)
        let names = ["prod", "dev", "zz-dev-again", "/Workloads", "deny-leave", "odd", "missing"]
        for kind in ResourceKind.allCases {
            for name in names {
                #expect(index.entry(kind: kind, name: name) == Self.inventory.entry(kind: kind, name: name),
                        "kind \(kind.rawValue), name \(name)")
            }
        }
        #expect(index.entry(kind: .account, name: "dev")?.awsId == "222222222222")
    }

    @Test func noInventoryIndexesNothing() {
        let index = InventoryIndex(nil)
        #expect(index.entry(kind: .account, awsId: "111111111111") == nil)
        #expect(index.entry(kind: .account, name: "prod") == nil)
        #expect(!index.manages(kind: .policy, awsId: "p-aaaaaaaa"))
    }
}
