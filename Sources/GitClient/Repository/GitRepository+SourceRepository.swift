extension GitRepository {
    /// Runs `body` with the clone to itself.
    ///
    /// An actor method suspends while its `git` child runs, and another call
    /// may start meanwhile (actor reentrancy). Two status writes sharing the
    /// index file, or a fetch moving refs under a status rebuild, would then
    /// corrupt each other; this FIFO gate makes every operation whole.
    func exclusive<T: Sendable>(_ body: () async throws(GitError) -> T) async throws(GitError) -> T {
        if busy {
            await withCheckedContinuation { waiting.append($0) }
        } else {
            busy = true
        }
        defer {
            if waiting.isEmpty {
                busy = false
            } else {
                waiting.removeFirst().resume()
            }
        }
        return try await body()
    }

    /// Makes the bare clone exist in the work directory (init, remote, refspec) and fetches; safe to call again.
    public func prepare() async throws(GitError) {
        try await exclusive { () async throws(GitError) in try await performPrepare() }
    }

    /// Fetches the watched and status branches and returns the watched branch's head.
    public func fetch() async throws(GitError) -> Revision {
        try await exclusive { () async throws(GitError) in try await performFetch() }
    }

    /// Resolves a branch (local or `origin/`), tag or object id to a commit.
    public func resolve(_ name: String) async throws(GitError) -> Revision {
        try await exclusive { () async throws(GitError) in try await performResolve(name) }
    }

    /// Reads the files of `revision` under `directory` from the object store (`ls-tree -z` + `cat-file --batch`), no checkout.
    public func files(at revision: Revision, under directory: String) async throws(GitError) -> RevisionFiles {
        try await exclusive { () async throws(GitError) in try await performFiles(at: revision, under: directory) }
    }

    /// Checks `revision`'s signature with `%G?`/`%GS`/`%GK`/`%GF` against an allowed-signers file or a keyring.
    public func verifySignature(of revision: Revision, trust: TrustedKeys) async throws(GitError) -> SignatureVerification {
        try await exclusive { () async throws(GitError) in try await performVerifySignature(of: revision, trust: trust) }
    }

    /// A file of `origin/<branch>` as last fetched, or `nil`.
    public func readFile(_ path: String, onBranch branch: String) async throws(GitError) -> [UInt8]? {
        try await exclusive { () async throws(GitError) in try await performReadFile(path, onBranch: branch) }
    }

    /// A file of the status branch including unpushed local status commits, or `nil`.
    public func readStatusFile(_ path: String) async throws(GitError) -> [UInt8]? {
        try await exclusive { () async throws(GitError) in try await performReadStatusFile(path) }
    }

    /// Commits on the status branch (an orphan if it is new) and pushes without force, retrying as `pushPendingStatus` does.
    public func writeStatus(_ commit: StatusCommit) async throws(GitError) -> StatusPushOutcome {
        try await exclusive { () async throws(GitError) in try await performWriteStatus(commit) }
    }

    /// Pushes the outbox without force; on rejection fetches, re-creates the unpushed commits on the new tip, retries.
    ///
    /// The waits are full-jitter exponential backoff on the injected clock.
    /// When every attempt fails the commits stay in the outbox, so the next
    /// write pushes them too: no audit record is lost.
    public func pushPendingStatus() async throws(GitError) -> StatusPushOutcome? {
        try await exclusive { () async throws(GitError) in try await performPushPending() }
    }
}
