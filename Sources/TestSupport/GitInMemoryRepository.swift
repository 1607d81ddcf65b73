import GitClient
import OperatorSupport

/// A `SourceRepository` held in memory, for the reconcile loop's unit tests.
///
/// It behaves like a remote plus the operator's clone: the watched branch
/// moves only when a test pushes to it, the loop sees a new head only after
/// `fetch()`, status commits pile up in a local outbox while pushes are
/// rejected and land together once they are accepted again. Signatures are
/// declared per commit by the test (who signed it, whether the key is
/// trusted) rather than computed. Testing infrastructure only.
public actor GitInMemoryRepository: SourceRepository {
    /// One commit: its files (whole tree), message and declared signature.
    public struct Commit: Sendable, Hashable {
        /// The fake object id.
        public var revision: Revision
        /// Every file of the tree.
        public var files: [String: [UInt8]]
        /// The full message.
        public var message: String
        /// The signature verdict `verifySignature` reports.
        public var signature: SignatureVerification.Status
        /// The signer `verifySignature` reports.
        public var signer: String?
    }

    /// The watched branch.
    public nonisolated let branch: String
    /// The status branch.
    public nonisolated let statusBranch: String
    private var remote: [String: [Commit]] = [:]
    private var fetched: [String: [Commit]] = [:]
    private var outbox: [Commit] = []
    private var nextId = 1
    private var rejectedPushes = 0
    private var prepared = false

    /// Every status push attempt, accepted or not (a test reads it to check retries).
    public private(set) var pushAttempts = 0

    /// Creates a repository whose watched branch starts with one commit of `files`.
    public init(branch: String = "main", statusBranch: String = "orgops/status", files: [String: String] = [:]) {
        self.branch = branch
        self.statusBranch = statusBranch
        let first = Commit(revision: Self.revision(0), files: files.mapValues { Array($0.utf8) }, message: "initial\n",
                           signature: .unsigned, signer: nil)
        self.remote[branch] = [first]
    }

    // MARK: what a test does to the remote

    /// Pushes a commit to `branch` (default: the watched one) that changes `files` (`nil` deletes); returns its revision.
    @discardableResult
    public func push(_ files: [String: String?], message: String = "change", onBranch name: String? = nil,
                     signature: SignatureVerification.Status = .unsigned, signer: String? = nil) -> Revision {
        let target = name ?? branch
        var tree = remote[target]?.last?.files ?? [:]
        for (path, text) in files { tree[path] = text.map { Array($0.utf8) } }
        let commit = Commit(revision: makeRevision(), files: tree, message: message + "\n", signature: signature, signer: signer)
        remote[target, default: []].append(commit)
        return commit.revision
    }

    /// Makes the next `count` status push attempts fail, as a frozen or unreachable remote does.
    public func rejectPushes(_ count: Int) {
        rejectedPushes = count
    }

    /// The status branch's commits on the remote, oldest first.
    public func remoteStatusCommits() -> [Commit] {
        remote[statusBranch] ?? []
    }

    /// Status commits kept locally because their push failed.
    public func pendingStatusCommits() -> [Commit] {
        outbox
    }

    // MARK: SourceRepository

    public func prepare() async throws(GitError) {
        prepared = true
        fetched = remote
    }

    public func fetch() async throws(GitError) -> Revision {
        guard prepared else { throw GitError(code: .notFound, message: "the clone does not exist yet; call prepare() first") }
        fetched = remote
        guard let head = fetched[branch]?.last else {
            throw GitError(code: .notFound, message: "branch '\(branch)' does not exist in the in-memory remote")
        }
        return head.revision
    }

    public func resolve(_ name: String) async throws(GitError) -> Revision {
        if let head = fetched[name]?.last { return head.revision }
        if let commit = allCommits().first(where: { $0.revision.id == name || $0.revision.short == name }) {
            return commit.revision
        }
        throw GitError(code: .notFound, message: "revision '\(name)' does not exist in the clone; fetch first or check the name")
    }

    public func files(at revision: Revision, under directory: String) async throws(GitError) -> RevisionFiles {
        guard let commit = allCommits().first(where: { $0.revision == revision }) else {
            throw GitError(code: .notFound, message: "revision \(revision.short) does not exist in the clone")
        }
        let prefix = directory.split(separator: "/").joined(separator: "/")
        var files: [String: [UInt8]] = [:]
        for (path, bytes) in commit.files {
            if prefix.isEmpty {
                files[path] = bytes
            } else if path.hasPrefix(prefix + "/") {
                files[String(path.dropFirst(prefix.count + 1))] = bytes
            }
        }
        if !prefix.isEmpty && files.isEmpty {
            throw GitError(code: .notFound, message: "directory '\(prefix)' does not exist at revision \(revision.short); check --path")
        }
        return RevisionFiles(revision: revision, directory: prefix, files: files)
    }

    public func verifySignature(of revision: Revision, trust: TrustedKeys) async throws(GitError) -> SignatureVerification {
        guard let commit = allCommits().first(where: { $0.revision == revision }) else {
            throw GitError(code: .notFound, message: "revision \(revision.short) does not exist in the clone")
        }
        return SignatureVerification(revision: revision, status: commit.signature, signer: commit.signer)
    }

    public func readFile(_ path: String, onBranch name: String) async throws(GitError) -> [UInt8]? {
        fetched[name]?.last?.files[path]
    }

    public func readStatusFile(_ path: String) async throws(GitError) -> [UInt8]? {
        (outbox.last ?? fetched[statusBranch]?.last)?.files[path]
    }

    public func writeStatus(_ commit: StatusCommit) async throws(GitError) -> StatusPushOutcome {
        var tree = (outbox.last ?? fetched[statusBranch]?.last)?.files ?? [:]
        for (path, content) in commit.files { tree[path] = content }
        outbox.append(Commit(revision: makeRevision(), files: tree, message: try commit.message(), signature: .unsigned,
                             signer: nil))
        return try await pushPendingStatus() ?? StatusPushOutcome(head: outbox[outbox.count - 1].revision, pushed: false,
                                                                   attempts: 0, pendingCommits: outbox.count)
    }

    public func pushPendingStatus() async throws(GitError) -> StatusPushOutcome? {
        guard let head = outbox.last else { return nil }
        pushAttempts += 1
        if rejectedPushes > 0 {
            rejectedPushes -= 1
            return StatusPushOutcome(head: head.revision, pushed: false, attempts: 1, pendingCommits: outbox.count,
                                     lastFailure: "[remote rejected] (pre-receive hook declined)")
        }
        // Re-create each pending commit on the remote's tip, keeping other pushers' files, as the real client does.
        var tip = remote[statusBranch]?.last?.files ?? [:]
        var base = fetched[statusBranch]?.last?.files ?? [:]
        for pending in outbox {
            for (path, bytes) in pending.files where base[path] != bytes { tip[path] = bytes }
            for path in base.keys where pending.files[path] == nil { tip[path] = nil }
            base = pending.files
            var rebuilt = pending
            rebuilt.files = tip
            remote[statusBranch, default: []].append(rebuilt)
        }
        outbox = []
        fetched[statusBranch] = remote[statusBranch]
        return StatusPushOutcome(head: head.revision, pushed: true, attempts: 1, pendingCommits: 0)
    }

    // MARK: helpers

    private func allCommits() -> [Commit] {
        remote.values.flatMap { $0 } + outbox
    }

    private func makeRevision() -> Revision {
        defer { nextId += 1 }
        return Self.revision(nextId)
    }

    private static func revision(_ number: Int) -> Revision {
        let hex = String(number, radix: 16)
        guard let revision = Revision(id: String(repeating: "0", count: max(0, 40 - hex.count)) + hex) else {
            preconditionFailure("a zero-padded counter is always 40 hex digits")
        }
        return revision
    }
}
