/// The files of one revision under a directory, read straight from git's object store.
///
/// Held in memory rather than checked out, so reading a revision never races
/// a fetch that moves the branch, and the manifest loader gets bytes without
/// touching the disk. Paths are relative to the directory that was read,
/// with `/` separators.
public struct RevisionFiles: Sendable, Equatable {
    /// The revision the files belong to.
    public var revision: Revision
    /// The directory inside the repository that was read (`""` for the root).
    public var directory: String
    /// Relative path of each regular file → its bytes.
    public var files: [String: [UInt8]]
    /// Relative path of each symbolic link → its target, as git stores it (never followed).
    public var symlinks: [String: String]

    /// Creates a file set.
    public init(revision: Revision, directory: String, files: [String: [UInt8]], symlinks: [String: String] = [:]) {
        self.revision = revision
        self.directory = directory
        self.files = files
        self.symlinks = symlinks
    }

    /// All relative paths (files and links), sorted.
    public var paths: [String] { (Array(files.keys) + Array(symlinks.keys)).sorted() }

    /// The text of a file decoded as UTF-8, or `nil` when there is no such file.
    public func text(_ path: String) -> String? {
        files[path].map { String(decoding: $0, as: UTF8.self) }
    }
}
