import Foundation
import GitClient
import OperatorSupport
import OrgModel
import Reconciler
import Synchronization
import TestSupport
import Testing

/// An interval without a new commit reuses the last tick's snapshot: no `git` read, no manifest parse.
@Suite struct LoopSnapshotReuseTests {
    @Test func sameRevisionIsReadOnceAndANewOneAgain() async throws {
        let inner = GitInMemoryRepository(files: LoopFixture.files)
        let repository = FileReadCountingRepository(inner: inner)
        let fixture = LoopFixture(repository: repository, inner: inner)
        for _ in 0..<3 { await fixture.pass() }
        #expect(repository.fileReads.withLock { $0 } == 1, "three ticks of one commit read its files once")
        #expect(try await fixture.status("acme")?.result == .converged)

        let revision = await inner.push(["acme/accounts.yaml": LoopFixture.account("shop-prod", organization: "acme")
            + "---\n" + LoopFixture.account("shop-dev", organization: "acme")])
        await fixture.pass()
        #expect(repository.fileReads.withLock { $0 } == 2, "a new commit is read")
        let status = try #require(try await fixture.status("acme"))
        #expect(status.sourceRevision == revision.id)
        #expect(status.inventory.entry(kind: .account, name: "shop-dev") != nil, "and its change converged")
    }

    @Test func signatureCheckingReadsAndVerifiesEveryTick() async throws {
        let inner = GitInMemoryRepository(files: LoopFixture.files)
        let repository = FileReadCountingRepository(inner: inner)
        let trust = TrustedKeys.sshAllowedSigners(path: "/keys/allowed_signers")
        _ = await inner.push(["README.md": "signed"], signature: .good, signer: "alice@example.com")
        let fixture = LoopFixture(repository: repository, inner: inner,
                                  configuration: ReconcileConfiguration(trustedKeys: trust))
        for _ in 0..<2 { await fixture.pass() }
        #expect(repository.fileReads.withLock { $0 } == 2)
        #expect(repository.verifications.withLock { $0 } == 2, "trusted keys may change between ticks")
    }
}

/// Counts `files(at:under:)` and `verifySignature` calls of the in-memory repository it wraps.
final class FileReadCountingRepository: SourceRepository {
    let inner: GitInMemoryRepository
    let fileReads = Mutex(0)
    let verifications = Mutex(0)

    init(inner: GitInMemoryRepository) {
        self.inner = inner
    }

    var branch: String { inner.branch }
    var statusBranch: String { inner.statusBranch }
    func prepare() async throws(GitError) { try await inner.prepare() }
    func fetch() async throws(GitError) -> Revision { try await inner.fetch() }
    func resolve(_ name: String) async throws(GitError) -> Revision { try await inner.resolve(name) }
    func files(at revision: Revision, under directory: String) async throws(GitError) -> RevisionFiles {
        fileReads.withLock { $0 += 1 }
        return try await inner.files(at: revision, under: directory)
    }
    func verifySignature(of revision: Revision, trust: TrustedKeys) async throws(GitError) -> SignatureVerification {
        verifications.withLock { $0 += 1 }
        return try await inner.verifySignature(of: revision, trust: trust)
    }
    func readFile(_ path: String, onBranch branch: String) async throws(GitError) -> [UInt8]? {
        try await inner.readFile(path, onBranch: branch)
    }
    func readStatusFile(_ path: String) async throws(GitError) -> [UInt8]? { try await inner.readStatusFile(path) }
    func writeStatus(_ commit: StatusCommit) async throws(GitError) -> StatusPushOutcome {
        try await inner.writeStatus(commit)
    }
    func pushPendingStatus() async throws(GitError) -> StatusPushOutcome? { try await inner.pushPendingStatus() }
}
