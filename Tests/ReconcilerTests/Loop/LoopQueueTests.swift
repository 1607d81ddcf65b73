import Foundation
import OperatorSupport
import OrgModel
import Reconciler
import Synchronization
import TestSupport
import Testing

@Suite struct LoopQueueTests {
    /// Yields until `condition` holds (bounded): the loop's tasks make progress without any real waiting.
    static func eventually(_ what: String, _ condition: () async -> Bool) async {
        for _ in 0..<20_000 {
            if await condition() { return }
            await Task.yield()
        }
        Issue.record("never happened: \(what)")
    }

    @Test func failingOrganizationBacksOffWhileOthersProceed() async throws {
        let fixture = LoopFixture()
        fixture.connector.setUnreachable("beta", true)
        await fixture.pass()
        #expect(try await fixture.status("acme")?.result == .converged)
        let failed = try #require(try await fixture.status("beta"))
        #expect(failed.result == .failed)
        #expect(failed.message?.contains("ExpiredToken") == true)
        #expect(await fixture.loop.queue.failures(of: "beta") == 1)
        let firstBackoff = try #require(await fixture.loop.queue.notBefore("beta")).timeIntervalSince(fixture.clock.now())
        #expect(firstBackoff == 10, "max(equal-jittered 10 s ceiling, the transient requeue of 10 s)")

        fixture.clock.advance(by: .seconds(5))
        let callsBefore = fixture.connector.calls("beta")
        let acmeBefore = fixture.connector.calls("acme")
        await fixture.pass()
        #expect(fixture.connector.calls("beta") == callsBefore, "beta is still backing off")
        #expect(fixture.connector.calls("acme") == acmeBefore + 1, "acme is not held back")

        fixture.clock.advance(by: .seconds(6))
        await fixture.pass()
        #expect(await fixture.loop.queue.failures(of: "beta") == 2)
        let secondBackoff = try #require(await fixture.loop.queue.notBefore("beta")).timeIntervalSince(fixture.clock.now())
        #expect(secondBackoff == 15, "the ceiling doubled to 20 s, equal jitter at 0.5 gives 15 s")
        #expect(await fixture.commits("beta").count == 1, "the same failure again is no new status commit")

        fixture.connector.setUnreachable("beta", false)
        fixture.clock.advance(by: .seconds(16))
        await fixture.pass()
        #expect(try await fixture.status("beta")?.result == .converged)
        #expect(await fixture.loop.queue.failures(of: "beta") == 0)
        #expect(await fixture.commits("beta").last?.message.hasPrefix("orgops(beta): converged ") == true)
    }

    @Test func accessDeniedStallsWithoutBackoff() async throws {
        let fixture = LoopFixture()
        fixture.connector.setDenied("beta")
        await fixture.pass()
        let status = try #require(try await fixture.status("beta"))
        #expect(status.result == .failed)
        #expect(status.conditions.contains { $0.type == .stalled && $0.status && $0.reason == "AccessDenied" })
        #expect(await fixture.loop.outcomes["beta"]?.failure?.classification == .stalled)
        #expect(await fixture.loop.queue.failures(of: "beta") == 0, "stalled waits for a person, not a backoff")
        #expect(await fixture.loop.queue.notBefore("beta") == nil)
    }

    @Test func oneOrganizationNeverRunsTwiceAtOnceAndDuplicatesCollapse() async throws {
        let queue = WorkQueue(clock: ManualClock())
        let gate = Gate()
        let runs = Mutex<[String]>([])
        let first = await queue.submit("acme") {
            runs.withLock { $0.append("acme-1") }
            await gate.wait()
            return .succeeded
        }
        #expect(first == .started)
        await Self.eventually("acme's first job runs") { runs.withLock { $0.count == 1 } }
        #expect(await queue.submit("acme") { runs.withLock { $0.append("acme-2") }; return .succeeded } == .queued)
        #expect(await queue.submit("acme") { runs.withLock { $0.append("acme-3") }; return .succeeded } == .queued)
        #expect(await queue.submit("beta") { runs.withLock { $0.append("beta-1") }; return .succeeded } == .started)
        await Self.eventually("beta runs while acme is busy") { runs.withLock { $0.contains("beta-1") } }
        await gate.open()
        await queue.waitUntilIdle()
        let order = runs.withLock { $0 }
        #expect(order.filter { $0.hasPrefix("acme") } == ["acme-1", "acme-3"], "the queued duplicate was replaced by the latest")
        #expect(await queue.peakConcurrency == 2)
    }

    @Test func runFetchesOnIntervalAndTriggerAndStopsGracefully() async throws {
        let registry = MetricsRegistry()
        let metrics = try ReconcilerMetrics(registry: registry)
        let repository = GitInMemoryRepository(files: LoopFixture.files)
        let fakes = ["acme": InMemoryOrganization(managementAccountId: "111111111111"),
                     "beta": InMemoryOrganization(managementAccountId: "222222222222")]
        let clock = ManualClock(autoAdvance: false)
        let loop = OperatorLoop(repository: repository, connector: FakeConnector(organizations: fakes),
                                configuration: ReconcileConfiguration(), settings: LoopSettings(interval: .seconds(60)),
                                clock: clock, metrics: metrics, random: { 0.5 })
        #expect(!loop.health.isReady)
        let running = Task { await loop.run() }
        await Self.eventually("first tick, then waiting") { await loop.ticks == 1 && clock.pendingSleepers == 1 }
        #expect(loop.health.isReady)
        await loop.queue.waitUntilIdle()

        let revision = await repository.push(["acme/accounts.yaml": LoopFixture.account("shop-prod", organization: "acme")
            + "---\n" + LoopFixture.account("shop-dev", organization: "acme")])
        loop.trigger()
        await Self.eventually("the webhook trigger fetches at once") { await loop.ticks == 2 }
        await loop.queue.waitUntilIdle()
        #expect(loop.health.lastRevision == revision.id)
        #expect(fakes["acme"]?.accountIds["shop-dev"] != nil)

        await Self.eventually("waiting again") { clock.pendingSleepers == 1 }
        clock.advance(by: .seconds(60))
        await Self.eventually("the interval fetches even without a new revision") { await loop.ticks == 3 }

        await loop.stop()
        await running.value
        #expect(!loop.health.isReady)
        let exposition = registry.render()
        #expect(exposition.contains(#"orgops_reconcile_total{organization="acme",result="converged"} 3"#))
        #expect(exposition.contains(#"orgops_last_applied_revision_info{organization="acme",revision="\#(revision.id)"} 1"#))
        #expect(exposition.contains(#"orgops_drift_resources{organization="beta"} 0"#))
    }

    @Test func onceExitCodesFollowPlan() {
        #expect(OperatorLoopExit.code([.converged, .converged]) == 0)
        #expect(OperatorLoopExit.code([.converged, .pending]) == 2)
        #expect(OperatorLoopExit.code([.drifted]) == 2)
        #expect(OperatorLoopExit.code([.pending, .invalid]) == 1)
        #expect(OperatorLoopExit.code([.refused]) == 1)
        #expect(OperatorLoopExit.code([.failed, .converged]) == 1)
    }
}

/// A latch a test opens to let a job finish.
actor Gate {
    private var isOpen = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func wait() async {
        if isOpen { return }
        await withCheckedContinuation { waiters.append($0) }
    }

    func open() {
        isOpen = true
        for waiter in waiters { waiter.resume() }
        waiters = []
    }
}
