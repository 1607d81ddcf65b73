import OperatorSupport

/// The repository at one revision, as the pure loader sees it.
///
/// The loader never touches the disk: it asks this protocol for the tree and
/// for bytes. `LocalDirectoryFiles` (OperatorSupport) reads a checkout,
/// `InMemoryRepositoryFiles` serves tests. Entries are regular files and
/// symbolic links (reported with their targets, never followed by the lister).
public protocol RepositoryFiles: Sendable {
    /// Every regular file and symbolic link with a root-relative `/`-separated path.
    func listEntries() throws(FileSystemError) -> [FileEntry]
    /// The bytes of the regular file at a root-relative path.
    func readFile(_ path: String) throws(FileSystemError) -> [UInt8]
}

extension LocalDirectoryFiles: RepositoryFiles {}

/// A repository held in memory: for tests and for callers that already have the bytes (a git blob reader).
public struct InMemoryRepositoryFiles: RepositoryFiles {
    /// Root-relative path → content.
    public var files: [String: [UInt8]]
    /// Root-relative path of a symbolic link → its target as stored.
    public var symlinks: [String: String]

    /// Creates a repository from texts (UTF-8) and symbolic links.
    public init(texts: [String: String] = [:], symlinks: [String: String] = [:]) {
        self.files = texts.mapValues { Array($0.utf8) }
        self.symlinks = symlinks
    }

    /// Creates a repository from raw bytes.
    public init(files: [String: [UInt8]], symlinks: [String: String] = [:]) {
        self.files = files
        self.symlinks = symlinks
    }

    /// Files and links, sorted by path.
    public func listEntries() throws(FileSystemError) -> [FileEntry] {
        let regular = files.keys.map { FileEntry(path: $0, kind: .regular) }
        let links = symlinks.map { FileEntry(path: $0.key, kind: .symlink(target: $0.value)) }
        return (regular + links).sorted { $0.path < $1.path }
    }

    /// The bytes of a file; `not-found` for anything else.
    public func readFile(_ path: String) throws(FileSystemError) -> [UInt8] {
        guard let bytes = files[path] else {
            throw FileSystemError(code: "not-found", message: "file '\(path)' does not exist", path: path)
        }
        return bytes
    }
}
