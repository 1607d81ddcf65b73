/// Everything the reconcile loop needs from git, behind a protocol.
///
/// `GitRepository` implements it by running `git`; `GitInMemoryRepository`
/// (TestSupport) implements it in memory so the loop's tests need no
/// processes. Revisions are always full object ids, so a value read once
/// never changes meaning while the watched branch moves.
public protocol SourceRepository: Sendable {
    /// The branch whose head is reconciled (`--branch`).
    var branch: String { get }
    /// The branch status commits go to (`--status-branch`).
    var statusBranch: String { get }

    /// Makes the local copy exist (a bare clone of `--repo-url` into `--work-dir`); safe to call again.
    func prepare() async throws(GitError)

    /// Fetches the remote and returns the head of the watched branch.
    func fetch() async throws(GitError) -> Revision

    /// Resolves a branch name, tag or object id to the commit it names.
    func resolve(_ name: String) async throws(GitError) -> Revision

    /// The files of `revision` under `directory` (`--path`; `""` for the root), paths relative to it.
    func files(at revision: Revision, under directory: String) async throws(GitError) -> RevisionFiles

    /// Checks the signature of `revision` against `trust` and says who signed it, if anyone.
    func verifySignature(of revision: Revision, trust: TrustedKeys) async throws(GitError) -> SignatureVerification

    /// A file of a fetched branch (`origin/<branch>:<path>`), or `nil` when branch or file is missing.
    ///
    /// Only the watched and the status branches are fetched, so those are the branches this can read.
    func readFile(_ path: String, onBranch branch: String) async throws(GitError) -> [UInt8]?

    /// A file of the status branch as the operator last wrote it (local commits not yet pushed included), or `nil`.
    func readStatusFile(_ path: String) async throws(GitError) -> [UInt8]?

    /// Commits `commit` on the status branch (creating it if missing) and pushes it with any earlier unpushed ones.
    ///
    /// A push that cannot land after the retries is not an error: the commit
    /// stays local and goes out with the next write or `pushPendingStatus()`.
    func writeStatus(_ commit: StatusCommit) async throws(GitError) -> StatusPushOutcome

    /// Pushes status commits kept locally by earlier writes (for example before shutdown); `nil` when none are pending.
    func pushPendingStatus() async throws(GitError) -> StatusPushOutcome?
}
