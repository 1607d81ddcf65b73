/// One entry of a repository tree as a reader lists it: a regular file or a symbolic link.
///
/// Directories are not listed (they hold no manifests); a symbolic link is
/// reported with its target rather than followed, so that whoever resolves it
/// can refuse targets that leave the repository.
public struct FileEntry: Sendable, Hashable {
    /// What the entry is.
    public enum Kind: Sendable, Hashable {
        /// A regular file.
        case regular
        /// A symbolic link, with its target exactly as stored in the link (relative or absolute).
        case symlink(target: String)
    }

    /// Path relative to the repository root, `/`-separated, never starting with `/` or `./`.
    public var path: String
    /// Regular file or symbolic link.
    public var kind: Kind

    /// Creates an entry.
    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }
}

/// A failure to list or read a repository, with a stable code and the path it concerns.
public struct FileSystemError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable code: `not-found`, `not-a-directory`, `unreadable`, `outside-root`.
    public var code: String
    /// A lower-case message quoting the path.
    public var message: String
    /// The path concerned, relative to the root where possible.
    public var path: String

    /// Creates an error.
    public init(code: String, message: String, path: String) {
        self.code = code
        self.message = message
        self.path = path
    }

    public var description: String { message }
}
