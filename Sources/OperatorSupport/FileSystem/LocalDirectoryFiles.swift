#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a repository checkout from a local directory.
///
/// This is the edge where manifests leave the disk: the pure loader in
/// `OrgModel` sees only the entries and bytes this type hands it. Listing
/// never follows symbolic links (they are reported with their targets, and
/// the loader decides whether a target stays inside the repository) and skips
/// directories whose names begin with `.` (`.git`, `.github`), which can be
/// large and never hold manifests.
///
/// It talks to the C library directly (`opendir`/`readdir`, `open`/`read`)
/// rather than through `FileManager`: validating a repository of ten thousand
/// manifests is dominated by per-file overhead, and the C calls do one system
/// call where `FileManager` does several (each entry's type comes from
/// `readdir`, a read is `open` + `fstat` + `read` into the result's own storage).
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
        var info = stat()
        guard stat(root, &info) == 0 else {
            throw FileSystemError(code: "not-found", message: "repository root '\(root)' does not exist", path: root)
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw FileSystemError(code: "not-a-directory", message: "repository root '\(root)' is not a directory", path: root)
        }
        var entries: [FileEntry] = []
        entries.reserveCapacity(1024)
        DirectoryWalker.walk(absolute(""), relative: "", into: &entries)
        entries.sort { $0.path < $1.path }
        return entries
    }

    /// Reads a regular file's bytes. Symbolic links are not followed here: resolve them first.
    /// - Throws: `FileSystemError` when the path leaves the root, does not exist or cannot be read.
    public func readFile(_ path: String) throws(FileSystemError) -> [UInt8] {
        if path.hasPrefix("/") || Self.hasParentComponent(path) {
            throw FileSystemError(code: "outside-root", message: "path '\(path)' leaves the repository", path: path)
        }
        let full = absolute(path)
        let descriptor = open(full, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else {
            if errno == ELOOP, Self.isSymbolicLink(full) {
                throw FileSystemError(code: "unreadable", message: "path '\(path)' is a symbolic link; resolve it first", path: path)
            }
            throw Self.notFound(path)
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { throw Self.notFound(path) }
        guard let bytes = Self.readAll(descriptor, sizeHint: Int(info.st_size)) else { throw Self.notFound(path) }
        return bytes
    }

    private func absolute(_ relative: String) -> String {
        relative.isEmpty ? root : (root.hasSuffix("/") ? root + relative : root + "/" + relative)
    }

    private static func notFound(_ path: String) -> FileSystemError {
        FileSystemError(code: "not-found", message: "file '\(path)' does not exist or cannot be read", path: path)
    }

    /// Whether a `/`-separated path has a `..` component (checked on bytes: this runs for every file).
    private static func hasParentComponent(_ path: String) -> Bool {
        var run = 0
        var onlyDots = true
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if onlyDots && run == 2 { return true }
                run = 0
                onlyDots = true
            } else {
                run += 1
                if byte != UInt8(ascii: ".") { onlyDots = false }
            }
        }
        return onlyDots && run == 2
    }

    private static func isSymbolicLink(_ full: String) -> Bool {
        var info = stat()
        return lstat(full, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    /// Reads to the end of the file straight into the array's storage; nil on a read error.
    /// `sizeHint` (the size `fstat` saw) sizes the first read; a file that grew meanwhile is read on.
    private static func readAll(_ descriptor: Int32, sizeHint: Int) -> [UInt8]? {
        var capacity = max(sizeHint, 0) + 1
        var bytes: [UInt8] = []
        while true {
            let filled = bytes.count
            var failed = false
            var ended = false
            let grown = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                guard let base = buffer.baseAddress else { return }
                if filled > 0 {
                    bytes.withUnsafeBufferPointer { old in
                        if let source = old.baseAddress { base.initialize(from: source, count: filled) }
                    }
                }
                count = filled
                while count < capacity {
                    let got = read(descriptor, base + count, capacity - count)
                    if got < 0 {
                        if errno == EINTR { continue }
                        failed = true
                        return
                    }
                    if got == 0 {
                        ended = true
                        return
                    }
                    count += got
                }
            }
            if failed { return nil }
            bytes = grown
            if ended { return bytes }
            capacity *= 2
        }
    }
}
