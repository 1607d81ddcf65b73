import Foundation

/// One status commit to write on the status branch: file changes, a message with trailers, an author.
///
/// The file changes are kept as values (not a diff) so the commit can be
/// re-created on whatever tip the remote has when a push loses the race.
public struct StatusCommit: Sendable, Hashable {
    /// One git trailer line, `Key: value`, read back with `%(trailers:key=Key,valueonly)`.
    public struct Trailer: Sendable, Hashable {
        /// The key, letters, digits and `-` only (such as `Orgops-Result`).
        public var key: String
        /// The value, on one line.
        public var value: String

        /// Creates a trailer.
        public init(_ key: String, _ value: String) {
            self.key = key
            self.value = value
        }
    }

    /// Repository-relative path → new content, or `nil` to delete the file.
    public var files: [String: [UInt8]?]
    /// The first line, scanned in `git log --oneline`.
    public var summary: String
    /// Lines between the summary and the trailers (may be empty).
    public var body: String
    /// The trailer block, in order.
    public var trailers: [Trailer]

    /// Creates a status commit.
    public init(files: [String: [UInt8]?], summary: String, body: String = "", trailers: [Trailer] = []) {
        self.files = files
        self.summary = summary
        self.body = body
        self.trailers = trailers
    }

    /// The full commit message: summary, blank line, body, blank line, trailers; ends with a newline.
    public func message() throws(GitError) -> String {
        guard !summary.isEmpty, !summary.contains("\n") else {
            throw GitError(code: .invalidArgument, message: "status commit summary '\(summary)' must be one non-empty line")
        }
        for trailer in trailers {
            guard !trailer.key.isEmpty, trailer.key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                throw GitError(code: .invalidArgument, message: "trailer key '\(trailer.key)' may hold only letters, digits and '-'")
            }
            guard !trailer.value.contains("\n"), !trailer.value.contains("\r") else {
                throw GitError(code: .invalidArgument, message: "trailer '\(trailer.key)' has a value with a line break; trailers are one line")
            }
        }
        var paragraphs = [summary]
        let trimmedBody = body.trimmingCharacters(in: .newlines)
        if !trimmedBody.isEmpty { paragraphs.append(trimmedBody) }
        if !trailers.isEmpty { paragraphs.append(trailers.map { "\($0.key): \($0.value)" }.joined(separator: "\n")) }
        return paragraphs.joined(separator: "\n\n") + "\n"
    }
}

/// How writing a status commit ended: pushed, or kept locally to be pushed with the next one.
public struct StatusPushOutcome: Sendable, Hashable {
    /// The local head of the status branch after the write (the pushed tip when `pushed`).
    public var head: Revision
    /// Whether the remote's status branch now holds every local status commit.
    public var pushed: Bool
    /// How many push attempts were made (0 when there was nothing to push).
    public var attempts: Int
    /// How many status commits are still only local (0 when `pushed`).
    public var pendingCommits: Int
    /// Why the last push attempt failed, redacted; `nil` when pushed.
    public var lastFailure: String?

    /// Creates an outcome.
    public init(head: Revision, pushed: Bool, attempts: Int, pendingCommits: Int, lastFailure: String? = nil) {
        self.head = head
        self.pushed = pushed
        self.attempts = attempts
        self.pendingCommits = pendingCommits
        self.lastFailure = lastFailure
    }
}
