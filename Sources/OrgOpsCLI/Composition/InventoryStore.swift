import Foundation
import OrgModel

/// Where `apply` records, per organization, what orgops manages (the `Inventory`), so the
/// next `plan` can read cheaply: without tags, ownership comes from this record.
///
/// The files live in the state directory (`--state-dir`, by default `.orgops` inside the
/// repository, which the manifest loader skips like every dot-directory, so the record never
/// changes the manifests' revision). A missing file is not an error: it means "never
/// applied from here", and `plan` then reads tags to learn ownership. Ownership itself
/// stays on the resources (the ownership tag): a lost record costs one full read, nothing more.
public struct InventoryStore: Sendable {
    /// The state directory.
    public let directory: String

    /// Creates a store over `directory`.
    public init(directory: String) {
        self.directory = directory
    }

    /// The store of a command line: `--state-dir` when given, else `<repository>/.orgops`.
    public static func forRepository(_ repository: String, stateDirectory: String?) -> InventoryStore {
        InventoryStore(directory: stateDirectory ?? (repository as NSString).appendingPathComponent(".orgops"))
    }

    /// The file of one organization's inventory.
    public func path(for organization: String) -> String {
        (directory as NSString).appendingPathComponent("inventory/\(organization).json")
    }

    /// The recorded inventory of `organization`, or nil when none was recorded.
    /// - Throws: `CommandError` when the file exists but cannot be read as an inventory.
    public func load(_ organization: String) throws(CommandError) -> Inventory? {
        let file = path(for: organization)
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            let inventory = try JSONDecoder().decode(Inventory.self, from: data)
            guard inventory.organization == organization else {
                throw CommandError(code: "inventory-mismatch",
                                   message: "the inventory '\(file)' belongs to organization '\(inventory.organization)', not '\(organization)'; delete it and run 'orgops apply' again")
            }
            return inventory
        } catch let error as CommandError {
            throw error
        } catch {
            throw CommandError(code: "inventory-unreadable",
                               message: "the inventory '\(file)' cannot be read (\(error)); delete it to read ownership from tags")
        }
    }

    /// Records `inventory`, replacing the previous record atomically.
    /// - Throws: `CommandError` when the state directory cannot be written.
    public func save(_ inventory: Inventory) throws(CommandError) {
        let file = path(for: inventory.organization)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try encoder.encode(inventory).write(to: URL(fileURLWithPath: file), options: .atomic)
        } catch {
            throw CommandError(code: "inventory-unwritable",
                               message: "cannot record the inventory in '\(file)': \(error.localizedDescription); pass --state-dir DIR")
        }
    }
}
