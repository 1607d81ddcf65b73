/// A commit of the repository, named by its full object id.
///
/// Always the full hexadecimal id that `git rev-parse` printed, never a
/// branch name, so a revision read once means the same tree forever even
/// while the branch moves on.
public struct Revision: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The full object id (40 hex digits for SHA-1 repositories, 64 for SHA-256).
    public let id: String

    /// Creates a revision from a full object id; `nil` when `id` is not 40 or 64 lower-case hex digits.
    public init?(id: String) {
        guard id.count == 40 || id.count == 64, id.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else { return nil }
        self.id = id
    }

    /// The first seven digits, as `git log --oneline` and status summaries show them.
    public var short: String { String(id.prefix(7)) }

    public var description: String { id }

    public static func < (a: Revision, b: Revision) -> Bool { a.id < b.id }
}
