import AWSClient
import AWSServices
import Foundation
import OperatorSupport
import OrgModel
import Synchronization
import Testing
import TestSupport

/// A clock whose sleeps run a hook first: the "meanwhile" of a wait, without real time passing.
final class HookClock: OperatorClock {
    private let inner = ManualClock()
    private let hook: Mutex<(@Sendable () async throws -> Void)?>
    private let count = Mutex(0)

    init(onFirstSleep: @escaping @Sendable () async throws -> Void) {
        hook = Mutex(onFirstSleep)
    }

    /// How many sleeps were asked for.
    var sleeps: Int { count.withLock { $0 } }

    func now() -> Date { inner.now() }

    func sleep(for duration: Duration) async throws {
        count.withLock { $0 += 1 }
        let pending = hook.withLock { current -> (@Sendable () async throws -> Void)? in
            defer { current = nil }
            return current
        }
        if let pending { try await pending() }
        try await inner.sleep(for: duration)
    }
}

extension ReconcileIntegrationTests {
    /// Waits that depend on AWS catching up, and a throttling storm.
    @Suite struct Convergence {
        @Test func deletingAnOUWaitsUntilTheAccountsInItHaveMovedOut() async throws {
            let harness = try await ReconcileHarness.make()
            let organization = try ReconcileHarness.organization("fresh", ChangeApplier.manifests)
            let setupApplier = OrganizationsChangeApplier(sessions: harness.sessions, clock: harness.clock)
            let context = ApplyContext()
            try await ActionScript(applier: setupApplier, organization: organization, context: context).run([
                .createOrganization(featureSet: "ALL"),
                .createOrganizationalUnit(path: "/Old", name: "Old", parent: .root(id: nil), tags: [:]),
                .createAccount(NewAccount(name: "app", accountName: "app", email: "app@example.com",
                                          parent: ActionScript.ou("/Old"), tags: [:])),
            ])
            let api = harness.sessions.session(for: organization).organizations
            let accountId = try context.resolve(ActionScript.account("app"))
            let rootId = try context.rootId()
            let oldId = try context.resolve(ActionScript.ou("/Old"))
            // Someone else moves the account out while the delete waits.
            let clock = HookClock {
                try await api.moveAccount(.init(accountId: accountId, sourceParentId: oldId, destinationParentId: rootId))
            }
            let applier = OrganizationsChangeApplier(sessions: harness.sessions, clock: clock)
            try await ActionScript(applier: applier, organization: organization, context: context)
                .run([.deleteOrganizationalUnit(ou: ActionScript.ou("/Old"))])
            #expect(clock.sleeps == 1, "one wait, then the delete went through")
            let live = try await OrganizationsLiveReader(sessions: harness.sessions)
                .readOrganization(organization, options: .cheap)
            #expect(live.organizationalUnits.isEmpty)
            #expect(live.accounts.first { $0.id == accountId }?.parentId == rootId)
        }

        @Test func anOUThatStaysNonEmptyFailsNamingItAfterTheWait() async throws {
            let harness = try await ReconcileHarness.make()
            let organization = try ReconcileHarness.organization("fresh", ChangeApplier.manifests)
            let applier = OrganizationsChangeApplier(
                sessions: harness.sessions, clock: harness.clock,
                emptyWait: WaitPolicy(interval: .seconds(5), timeout: .seconds(20)))
            let script = ActionScript(applier: applier, organization: organization, context: ApplyContext())
            try await script.run([
                .createOrganization(featureSet: "ALL"),
                .createOrganizationalUnit(path: "/Old", name: "Old", parent: .root(id: nil), tags: [:]),
                .createOrganizationalUnit(path: "/Old/Inner", name: "Inner", parent: ActionScript.ou("/Old"), tags: [:]),
            ])
            let start = harness.clock.now()
            let error = await #expect(throws: OrganizationsReconcileError.self) {
                try await script.run([.deleteOrganizationalUnit(ou: ActionScript.ou("/Old"))])
            }
            #expect(error?.code == OrganizationsReconcileError.Code.notEmpty)
            #expect(error?.organization == "fresh")
            #expect(error?.underlying?.code == "OrganizationalUnitNotEmptyException")
            #expect(error?.description.contains("ou '/Old'") == true)
            #expect(harness.clock.elapsed(since: start) == 20)
            #expect(harness.attempts("DeleteOrganizationalUnit") == 5, "tried at 0, 5, 10, 15 and 20 s")
        }

        @Test func aThrottlingStormOfAThirdOfAllCallsStillConverges() async throws {
            let harness = try await ReconcileHarness.make(retry: RetryPolicy(maxAttempts: 10))
            let organization = try ReconcileHarness.organization("fresh", ChangeApplier.manifests)
            try await harness.backend.setFaults([AWSBackendFault(.throttle, service: "organizations", share: 0.33)],
                                                seed: 3)
            let applier = OrganizationsChangeApplier(sessions: harness.sessions, clock: harness.clock)
            let context = ApplyContext()
            try await ActionScript(applier: applier, organization: organization, context: context)
                .run(ChangeApplier.buildUp())
            let reader = OrganizationsLiveReader(sessions: harness.sessions)
            let first = try await reader.readOrganization(organization, options: .full)
            try ChangeApplier.expectBuiltUp(first, context: context)
            #expect(try await reader.readOrganization(organization, options: .full) == first, "reads agree under throttling")
            let retries = harness.base.calls.snapshot().filter { $0.service == "organizations" }
                .reduce(0) { $0 + $1.retries }
            #expect(retries > 20, "the storm really throttled (\(retries) retries)")
            #expect(harness.attempts("CreateAccount") - (harness.base.calls.snapshot()
                .first { $0.operation == "CreateAccount" }?.retries ?? 0) == 2, "throttled creates were retried, never doubled")
        }
    }
}
