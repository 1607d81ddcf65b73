import Foundation
import GitClient
import OrgModel
import Reconciler
import Synchronization
import TestSupport
import Testing

/// SIGTERM's drain: a status push to a remote that hangs is cut off after the grace period, so the
/// operator exits; the kept commits wait in the outbox.
@Suite struct LoopShutdownTests {
    @Test func aHangingStatusPushAtShutdownIsCancelledAfterTheGrace() async throws {
        let repository = HangingPushRepository(inner: GitInMemoryRepository(files: LoopFixture.files))
        let organizations = ["acme": InMemoryOrganization(managementAccountId: "111111111111"),
                             "beta": InMemoryOrganization(managementAccountId: "222222222222")]
        let clock = ManualClock(autoAdvance: false)
        let loop = OperatorLoop(repository: repository, connector: FakeConnector(organizations: organizations),
                                configuration: ReconcileConfiguration(),
                                settings: LoopSettings(interval: .seconds(60), grace: .seconds(5)),
                                clock: clock, random: { 0.5 })
        let finished = Mutex(false)
        _ = Task {
            await loop.run()
            finished.withLock { $0 = true }
        }
        await LoopQueueTests.eventually("first tick, then waiting") { await loop.ticks == 1 && clock.pendingSleepers == 1 }
        await loop.queue.waitUntilIdle()

        repository.hang.withLock { $0 = true }
        await loop.stop()
        await LoopQueueTests.eventually("the shutdown push hangs, its budget running") {
            repository.hanging.withLock { $0 } && clock.pendingSleepers == 1
        }
        clock.advance(by: .seconds(5))
        await LoopQueueTests.eventually("run() returns once the push is cut off") { finished.withLock { $0 } }
        #expect(repository.cancelled.withLock { $0 }, "the push was cancelled (a real one's git is killed)")
    }
}

/// A repository whose `pushPendingStatus()` never returns by itself once `hang` is set, like a remote
/// that accepts the connection and then stalls; it ends only when its task is cancelled.
final class HangingPushRepository: SourceRepository {
    let inner: GitInMemoryRepository
    let hang = Mutex(false)
    let hanging = Mutex(false)
    let cancelled = Mutex(false)
    private let stall = ManualClock(autoAdvance: false)

    init(inner: GitInMemoryRepository) {
        self.inner = inner
    }

    var branch: String { inner.branch }
    var statusBranch: String { inner.statusBranch }
    func prepare() async throws(GitError) { try await inner.prepare() }
    func fetch() async throws(GitError) -> Revision { try await inner.fetch() }
    func resolve(_ name: String) async throws(GitError) -> Revision { try await inner.resolve(name) }
    func files(at revision: Revision, under directory: String) async throws(GitError) -> RevisionFiles {
        try await inner.files(at: revision, under: directory)
    }
    func verifySignature(of revision: Revision, trust: TrustedKeys) async throws(GitError) -> SignatureVerification {
        try await inner.verifySignature(of: revision, trust: trust)
    }
    func readFile(_ path: String, onBranch branch: String) async throws(GitError) -> [UInt8]? {
        try await inner.readFile(path, onBranch: branch)
    }
    func readStatusFile(_ path: String) async throws(GitError) -> [UInt8]? { try await inner.readStatusFile(path) }
    func writeStatus(_ commit: StatusCommit) async throws(GitError) -> StatusPushOutcome {
        try await inner.writeStatus(commit)
    }

    func pushPendingStatus() async throws(GitError) -> StatusPushOutcome? {
        guard hang.withLock({ $0 }) else { return try await inner.pushPendingStatus() }
        hanging.withLock { $0 = true }
        do {
            try await stall.sleep(for: .seconds(86_400))
        } catch {
            cancelled.withLock { $0 = true }
            throw GitError(code: .commandFailed, message: "git push killed: the shutdown push was cut off")
        }
        return nil
    }
}
