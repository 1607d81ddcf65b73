import Foundation

/// The author of the operator's status commits, as `--git-author "Name <email>"` gives it.
public struct GitIdentity: Sendable, Hashable, CustomStringConvertible {
    /// The display name.
    public var name: String
    /// The e-mail address, without angle brackets.
    public var email: String

    /// Creates an identity; git refuses names or addresses with angle brackets or line breaks, so callers should parse.
    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }

    /// Parses `Name <email>`, the form of `git log --format='%an <%ae>'`.
    public init(parsing text: String) throws(GitError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") else {
            throw GitError(code: .invalidArgument, message: "git author '\(text)' is not of the form 'Name <email>'")
        }
        let name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
        let email = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        let forbidden: (Character) -> Bool = { "<>\n\r\0".contains($0) }
        guard !name.isEmpty, !email.isEmpty, !name.contains(where: forbidden), !email.contains(where: forbidden) else {
            throw GitError(code: .invalidArgument, message: "git author '\(text)' needs a name and an e-mail address, as in 'orgops <orgops@example.com>'")
        }
        self.name = name
        self.email = email
    }

    public var description: String { "\(name) <\(email)>" }
}
