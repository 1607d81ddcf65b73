import Foundation
import GitClient
import OperatorSupport
import OrgModel

/// `orgops run`: fetch on every interval and on webhook triggers, reconcile every organization concurrently.
///
/// The loop owns the revision that is in force per organization (the last
/// valid one, which keeps correcting drift while newer revisions are invalid
/// or refused), hands each organization's pass to the `WorkQueue` (one run
/// per organization at a time, backoff on failure) and stops gracefully.
public actor OperatorLoop {
    let repository: any SourceRepository
    let source: SourceStage
    let pass: OrganizationPass
    let settings: LoopSettings
    let clock: any OperatorClock
    let logger: Logger
    let metrics: ReconcilerMetrics?
    let random: @Sendable () -> Double
    /// The queue passes run in.
    public let queue: WorkQueue
    /// Readiness for `/readyz`.
    public nonisolated let health: LoopHealth
    let wakeup = LoopWakeup()

    var prepared = false
    var stopped = false
    /// Per organization: the last valid revision and its desired state of that organization.
    var inForce: [String: ValidRevision] = [:]
    /// The snapshot of the last tick, for passes requeued between ticks.
    var lastSnapshot: SourceSnapshot?
    /// When each organization was last read with tags.
    var lastFullRead: [String: Date] = [:]
    /// The last outcome of each organization.
    public private(set) var outcomes: [String: PassOutcome] = [:]
    /// How many ticks have finished (fetched, and submitted their passes or failed), successful or not.
    public private(set) var ticks = 0

    /// Creates a loop.
    public init(repository: any SourceRepository, connector: any OrganizationConnector,
                configuration: ReconcileConfiguration, settings: LoopSettings = LoopSettings(),
                clock: any OperatorClock, logger: Logger = .disabled, metrics: ReconcilerMetrics? = nil,
                random: @escaping @Sendable () -> Double = SystemRandom.unit) {
        self.repository = repository
        self.source = SourceStage(repository: repository, configuration: configuration)
        self.pass = OrganizationPass(repository: repository, connector: connector, configuration: configuration,
                                     clock: clock, logger: logger)
        self.settings = settings
        self.clock = clock
        self.logger = logger
        self.metrics = metrics
        self.random = random
        self.queue = WorkQueue(clock: clock, backoff: settings.backoff, random: random)
        self.health = LoopHealth()
    }

    /// Asks for a fetch now (the webhook's `POST /hooks/git`); safe from any thread.
    public nonisolated func trigger() {
        Task { await wakeup.trigger() }
    }

    /// Stops the loop: no new work; `run()` then drains within the grace period and returns.
    public func stop() async {
        stopped = true
        health.beginStopping()
        await queue.stop()
        await wakeup.trigger()
    }

    /// One fetch: loads the head and submits every organization's pass; returns the organizations submitted.
    @discardableResult
    public func tick() async -> Result<[String], PassFailure> {
        defer { ticks += 1 }
        if !prepared {
            do {
                try await repository.prepare()
                prepared = true
            } catch {
                logger.error("preparing the clone failed", ["step": PassStep.fetchSource.rawValue, "error": error.message])
                return .failure(PassFailure(step: .fetchSource, classification: .transient,
                                            requeueAfter: settings.interval, message: error.message))
            }
        }
        let revision: Revision
        switch await source.fetch() {
        case .success(let head): revision = head
        case .failure(let failure):
            logger.error("fetch failed", ["step": failure.step.rawValue, "error": failure.message])
            return .failure(failure)
        }
        health.fetched(revision.id, at: clock.now())
        await pushKeptStatus()
        let snapshot: SourceSnapshot
        switch await load(revision) {
        case .success(let loaded): snapshot = loaded
        case .failure(let failure):
            logger.error("loading the revision failed", ["step": failure.step.rawValue, "revision": revision.short,
                                                         "error": failure.message])
            return .failure(failure)
        }
        var names = Set(snapshot.organizations).union(inForce.keys)
        if let desired = snapshot.desired {
            names.formUnion(desired.organizationNames)
        } else {
            await recoverInForce(snapshot.organizations)
        }
        lastSnapshot = snapshot
        for name in names.sorted() {
            let lastValid = inForce[name]
            if let desired = snapshot.desired?.organizations[name] {
                inForce[name] = ValidRevision(revision: revision, desired: DesiredState(organizations: [name: desired]))
            }
            await submitPass(name, snapshot: snapshot, lastValid: lastValid)
        }
        return .success(names.sorted())
    }

    /// The snapshot of `revision`: the last tick's when it was of the same commit and no signature is checked,
    /// else loaded (and verified) anew.
    ///
    /// A commit's files, and so their validation, never change, so an interval without a new commit spares
    /// the `git` reads and the parse of every manifest. With `--verify-signatures` each tick verifies again,
    /// since the trusted keys may change while the operator runs.
    func load(_ revision: Revision) async -> Result<SourceSnapshot, PassFailure> {
        if let last = lastSnapshot, last.revision == revision, source.configuration.trustedKeys == nil {
            return .success(last)
        }
        return await source.load(revision)
    }

    /// Hands one organization's pass to the queue; a waiting outcome (a CreateAccount in flight) is requeued
    /// after its requeue time rather than the interval, a transient or failed one backs off.
    func submitPass(_ name: String, snapshot: SourceSnapshot, lastValid: ValidRevision?) async {
        let pass = self.pass
        let now = clock.now()
        let fullRead = lastFullRead[name].map { now.timeIntervalSince($0) >= ExponentialBackoff.seconds(settings.fullReadInterval) } ?? true
        let admission = await queue.submit(name) { [weak self] in
            let outcome = await pass.run(organization: name, source: snapshot, lastValid: lastValid, fullRead: fullRead)
            await self?.record(outcome)
            switch outcome.failure?.classification {
            case .transient?: return .failed(requeueAfter: outcome.failure?.requeueAfter ?? .zero)
            case .waiting?:
                await self?.requeue(name, after: outcome.failure?.requeueAfter ?? .zero, revision: snapshot.revision)
                return .succeeded
            case .stalled?:
                // Needs a person: no backoff, the next interval tries again (and reports it still stalled).
                return .succeeded
            case nil:
                return outcome.document.result == .failed ? .failed(requeueAfter: .zero) : .succeeded
            }
        }
        if admission == .started || admission == .queued, fullRead { lastFullRead[name] = now }
        if case .backingOff(let until) = admission {
            logger.info("organization backing off", ["org": name, "until": until.formatted(.iso8601)])
        }
    }

    /// Runs `name` again after `delay` against the latest snapshot, unless a tick moved past `revision` meanwhile.
    func requeue(_ name: String, after delay: Duration, revision: Revision) {
        let clock = self.clock
        Task { [weak self] in
            do { try await clock.sleep(for: delay) } catch { return }
            await self?.resubmit(name, revision: revision)
        }
    }

    func resubmit(_ name: String, revision: Revision) async {
        guard !stopped, let snapshot = lastSnapshot, snapshot.revision == revision else { return }
        await submitPass(name, snapshot: snapshot, lastValid: inForce[name])
    }

    /// `--once`: one fetch and one pass of every organization, then pushes pending status; the exit code of CLI.md.
    /// - Returns: 0 when every organization converged, 2 when some are pending or drifted, 1 on any error.
    public func runOnce() async -> Int32 {
        let submitted = await tick()
        await queue.waitUntilIdle()
        _ = try? await repository.pushPendingStatus()
        guard case .success(let names) = submitted else { return 1 }
        return OperatorLoopExit.code(names.compactMap { outcomes[$0]?.document.result })
    }

    /// Runs until `stop()`: a tick every jittered interval or at once on `trigger()`, then a graceful drain.
    public func run() async {
        while !stopped {
            await tick()
            if stopped { break }
            _ = await wakeup.wait(for: settings.jitteredInterval(random: random()), clock: clock)
        }
        await drain()
    }

    /// Waits for passes in flight up to the grace period, cancels what is left, pushes kept status commits.
    ///
    /// The final push gets what is left of the grace period (at least `LoopSettings.finalPushFloor`) and
    /// is cancelled after it, which kills its `git`: a remote that hangs must not hold the exit, and the
    /// commits it could not take stay in the work directory's outbox for the next start.
    func drain() async {
        let queue = self.queue
        let clock = self.clock
        let grace = settings.grace
        let started = clock.now()
        await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                await queue.waitUntilIdle()
                return true
            }
            group.addTask {
                do { try await clock.sleep(for: grace) } catch { return true }
                return false
            }
            if await group.next() == false {
                logger.warning("shutdown grace period over; abandoning passes in flight")
                await queue.cancelRunning()
            }
            group.cancelAll()
        }
        let left = ExponentialBackoff.seconds(grace) - clock.now().timeIntervalSince(started)
        let budget = max(ExponentialBackoff.duration(max(left, 0)), settings.finalPushFloor)
        let landed = await Self.pushAtShutdown(repository, logger: logger, within: budget, clock: clock)
        if !landed {
            logger.warning("status push at shutdown cut off; kept commits stay in the work directory for the next start",
                           ["budget": "\(budget)"])
        }
    }

    /// The last push of kept status commits before exit, cancelled (its `git` killed) after `budget`;
    /// returns false when it was cut off. What it cannot land stays in the outbox.
    static func pushAtShutdown(_ repository: any SourceRepository, logger: Logger, within budget: Duration,
                               clock: any OperatorClock) async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                await finalPush(repository, logger: logger)
                return true
            }
            group.addTask {
                do { try await clock.sleep(for: budget) } catch { return true }
                return false
            }
            let first = await group.next() ?? true
            group.cancelAll()
            return first
        }
    }

    private static func finalPush(_ repository: any SourceRepository, logger: Logger) async {
        do {
            if let outcome = try await repository.pushPendingStatus(), !outcome.pushed {
                logger.warning("status commits still not pushed at shutdown", ["pending": String(outcome.pendingCommits)])
            }
        } catch {
            logger.error("pushing pending status at shutdown failed", ["error": error.message])
        }
    }

    /// Pushes status commits an earlier push could not land, even when this tick commits nothing new.
    func pushKeptStatus() async {
        do {
            if let outcome = try await repository.pushPendingStatus() {
                logger.info("kept status commits pushed", ["pushed": String(outcome.pushed),
                                                           "pending": String(outcome.pendingCommits)])
            }
        } catch {
            logger.warning("pushing kept status commits failed", ["error": error.message])
        }
    }

    /// After a restart with an invalid head: the revision each organization's status last applied stays in force.
    func recoverInForce(_ names: [String]) async {
        for name in names where inForce[name] == nil {
            guard let bytes = try? await repository.readStatusFile(StatusDocument.path(organization: name)),
                  let previous = try? StatusDocument(yaml: String(decoding: bytes, as: UTF8.self)),
                  let id = previous.lastAppliedRevision, let revision = Revision(id: id),
                  let desired = await source.desiredState(at: revision), let organization = desired.organizations[name]
            else { continue }
            inForce[name] = ValidRevision(revision: revision, desired: DesiredState(organizations: [name: organization]))
        }
    }

    func record(_ outcome: PassOutcome) {
        outcomes[outcome.document.organization] = outcome
        metrics?.record(outcome)
    }
}

/// The exit code of `orgops run --once`, like `orgops plan`'s: 0 converged, 2 pending, 1 error.
public enum OperatorLoopExit {
    /// 0 when every organization converged, 1 when any failed or its revision was invalid or refused,
    /// 2 otherwise (differences left on purpose, or drift that could not be reverted).
    public static func code(_ results: [ReconcileResult]) -> Int32 {
        if results.contains(where: { [.failed, .invalid, .refused].contains($0) }) { return 1 }
        if results.allSatisfy({ $0 == .converged }) { return 0 }
        return 2
    }
}
