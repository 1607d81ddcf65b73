import Foundation

/// Reads a repository checkout from a local directory.
///
/// This is the edge where manifests leave the disk: the pure loader in
/// `OrgModel` sees only the entries and bytes this type hands it. Listing
/// never follows symbolic links (they are reported with their targets, and
/// the loader decides whether a target stays inside the repository) and skips
/// directories whose names begin with `.` (`.git`, `.github`), which can be
/// large and never hold manifests.
public struct LocalDirectoryFiles: Sendable {
    /// The repository root as given.
    public let root: String

    /// Creates a reader for the directory at `root` (absolute or relative to the working directory).
    public init(root: String) {
        self.root = root
    }

    /// Lists regular files and symbolic links beneath the root, sorted by path.
    /// - Throws: `FileSystemError` when the root does not exist or is not a directory.
    public func listEntries() throws(FileSystemError) -> [FileEntry] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: root, isDirectory: &isDirectory) else {
            throw FileSystemError(code: "not-found", message: "repository root '\(root)' does not exist", path: root)
        }
        guard isDirectory.boolValue else {
            throw FileSystemError(code: "not-a-directory", message: "repository root '\(root)' is not a directory", path: root)
        }
        var entries: [FileEntry] = []
        walk(directory: "", into: &entries, manager: manager)
        return entries.sorted { $0.path < $1.path }
    }

    /// Reads a regular file's bytes. Symbolic links are not followed here: resolve them first.
    /// - Throws: `FileSystemError` when the path leaves the root, does not exist or cannot be read.
    public func readFile(_ path: String) throws(FileSystemError) -> [UInt8] {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        if path.hasPrefix("/") || parts.contains(where: { $0 == ".." }) {
            throw FileSystemError(code: "outside-root", message: "path '\(path)' leaves the repository", path: path)
        }
        let full = absolute(path)
        if let type = try? FileManager.default.attributesOfItem(atPath: full)[.type] as? FileAttributeType,
           type == .typeSymbolicLink {
            throw FileSystemError(code: "unreadable", message: "path '\(path)' is a symbolic link; resolve it first", path: path)
        }
        guard let data = FileManager.default.contents(atPath: full) else {
            throw FileSystemError(code: "not-found", message: "file '\(path)' does not exist or cannot be read", path: path)
        }
        return [UInt8](data)
    }

    private func absolute(_ relative: String) -> String {
        relative.isEmpty ? root : (root.hasSuffix("/") ? root + relative : root + "/" + relative)
    }

    private func walk(directory: String, into entries: inout [FileEntry], manager: FileManager) {
        guard let names = try? manager.contentsOfDirectory(atPath: absolute(directory)) else { return }
        for name in names.sorted() {
            let relative = directory.isEmpty ? name : directory + "/" + name
            let full = absolute(relative)
            guard let attributes = try? manager.attributesOfItem(atPath: full),
                  let type = attributes[.type] as? FileAttributeType else { continue }
            switch type {
            case .typeSymbolicLink:
                if let target = try? manager.destinationOfSymbolicLink(atPath: full) {
                    entries.append(FileEntry(path: relative, kind: .symlink(target: target)))
                }
            case .typeDirectory:
                if !name.hasPrefix(".") { walk(directory: relative, into: &entries, manager: manager) }
            case .typeRegular:
                entries.append(FileEntry(path: relative, kind: .regular))
            default:
                continue
            }
        }
    }
}
