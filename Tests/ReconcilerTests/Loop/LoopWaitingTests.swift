import Foundation
import OrgModel
import Reconciler
import TestSupport
import Testing

/// A CreateAccount request that stays in progress makes the pass *waiting*: requeued soon, without backoff.
@Suite struct LoopWaitingTests {
    /// Reports a CreateAccount request for `shop-dev` that never finishes, and accepts waiting for it.
    struct StuckCreateAccount: OrganizationConnector, LiveStateReader, ChangeApplier {
        let fake: InMemoryOrganization

        func ports(for organization: DesiredOrganization) async throws -> OrganizationPorts {
            OrganizationPorts(reader: self, applier: self)
        }

        func readOrganization(_ organization: DesiredOrganization, options: ReadOptions) async throws -> LiveOrganization {
            var live = try await fake.readOrganization(organization, options: options)
            live.createAccountRequests.append(LiveCreateAccountRequest(id: "car-stuck", accountName: "shop-dev",
                                                                      state: "IN_PROGRESS", accountId: nil, failureReason: nil))
            return live
        }

        func apply(_ action: PlannedAction, in organization: DesiredOrganization, context: ApplyContext) async throws -> ActionOutcome {
            if action.reason == .resumeCreate { return ActionOutcome(detail: "still in progress") }
            return try await fake.apply(action, in: organization, context: context)
        }
    }

    @Test func aCreateAccountInFlightIsRequeuedAfterTheWaitingRequeueNotBackedOff() async throws {
        var files = LoopFixture.files
        files["acme/accounts.yaml"] = LoopFixture.account("shop-prod", organization: "acme") + "---\n"
            + LoopFixture.account("shop-dev", organization: "acme")
        files["beta/org.yaml"] = nil
        files["beta/accounts.yaml"] = nil
        let repository = GitInMemoryRepository(files: files)
        let connector = StuckCreateAccount(fake: InMemoryOrganization(managementAccountId: "111111111111"))
        let clock = ManualClock(autoAdvance: false)
        let loop = OperatorLoop(repository: repository, connector: connector,
                                configuration: ReconcileConfiguration(waitingRequeue: .seconds(30)),
                                settings: LoopSettings(interval: .seconds(600)), clock: clock, random: { 0.5 })
        await loop.tick()
        await loop.queue.waitUntilIdle()
        let first = try #require(await loop.outcomes["acme"])
        #expect(first.failure?.classification == .waiting)
        #expect(first.failure?.requeueAfter == .seconds(30))
        #expect(first.document.resources.contains { $0.name == "shop-dev" && $0.state == .creating })
        #expect(await loop.queue.failures(of: "acme") == 0, "waiting is not a failure: no backoff")

        await LoopQueueTests.eventually("the requeue waits on the clock") { clock.pendingSleepers == 1 }
        clock.advance(by: .seconds(30))
        await LoopQueueTests.eventually("the organization runs again before the interval") {
            await loop.queue.waitUntilIdle()
            return clock.pendingSleepers == 1 && clock.sleeps.count >= 2
        }
        #expect(Array(clock.sleeps.prefix(2)) == [.seconds(30), .seconds(30)], "requeued again while still waiting")
        await loop.stop()
    }
}
