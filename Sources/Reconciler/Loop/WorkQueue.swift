import Foundation
import OperatorSupport

/// Runs one job per organization at a time: duplicates collapse, failures back off, others never wait.
///
/// The queue is what keeps a slow or failing organization from holding the
/// rest back: every organization has its own slot, a job submitted while
/// its organization is running replaces the queued follow-up (only the
/// latest revision matters), and a failure pushes the organization's next
/// start out by a capped exponential backoff.
public actor WorkQueue {
    /// What a job reports: success, or a failure with the earliest time to retry.
    public enum JobResult: Sendable, Equatable {
        /// Done; the backoff resets.
        case succeeded
        /// Failed; retried no sooner than the larger of this and the backoff.
        case failed(requeueAfter: Duration)
    }

    /// What `submit` did with a job.
    public enum Admission: Sendable, Equatable {
        /// Started now.
        case started
        /// Queued behind the run in flight (replacing any queued job).
        case queued
        /// Refused: the organization is backing off until then.
        case backingOff(until: Date)
        /// Refused: the queue is stopping.
        case stopped
    }

    /// A job.
    public typealias Job = @Sendable () async -> JobResult

    private struct Slot {
        var running: Task<Void, Never>?
        var next: Job?
        var failures = 0
        var notBefore: Date?
    }

    private let clock: any OperatorClock
    private let backoff: ExponentialBackoff
    private let random: @Sendable () -> Double
    private var slots: [String: Slot] = [:]
    private var idleWaiters: [CheckedContinuation<Void, Never>] = []
    private var stopping = false
    private var maxRunning = 0

    /// Creates a queue.
    /// - Parameters:
    ///   - clock: the time backoff is measured in.
    ///   - backoff: base and cap of the per-organization backoff.
    ///   - random: jitter source in [0, 1).
    public init(clock: any OperatorClock, backoff: ExponentialBackoff = ExponentialBackoff(base: .seconds(10), cap: .seconds(600)),
                random: @escaping @Sendable () -> Double = SystemRandom.unit) {
        self.clock = clock
        self.backoff = backoff
        self.random = random
    }

    /// Submits a job for `key`; see `Admission` for what happens to it.
    @discardableResult
    public func submit(_ key: String, _ job: @escaping Job) -> Admission {
        guard !stopping else { return .stopped }
        var slot = slots[key] ?? Slot()
        if slot.running != nil {
            slot.next = job
            slots[key] = slot
            return .queued
        }
        if let notBefore = slot.notBefore, clock.now() < notBefore {
            return .backingOff(until: notBefore)
        }
        start(key, job, slot: &slot)
        slots[key] = slot
        return .started
    }

    /// How many failures in a row `key` has had.
    public func failures(of key: String) -> Int { slots[key]?.failures ?? 0 }

    /// When `key` may start again, if it is backing off.
    public func notBefore(_ key: String) -> Date? { slots[key]?.notBefore }

    /// The most jobs that ran at the same time since the queue was made.
    public var peakConcurrency: Int { maxRunning }

    /// Returns once no job is running or queued.
    public func waitUntilIdle() async {
        if isIdle { return }
        await withCheckedContinuation { idleWaiters.append($0) }
    }

    /// Stops taking jobs and drops queued follow-ups; running jobs go on (cancel them with `cancelRunning`).
    public func stop() {
        stopping = true
        for key in slots.keys { slots[key]?.next = nil }
    }

    /// Cancels the jobs in flight (after the shutdown grace period).
    public func cancelRunning() {
        for slot in slots.values { slot.running?.cancel() }
    }

    private var isIdle: Bool { slots.values.allSatisfy { $0.running == nil && $0.next == nil } }

    private func start(_ key: String, _ job: @escaping Job, slot: inout Slot) {
        slot.running = Task { [weak self] in
            let result = await job()
            await self?.finished(key, result)
        }
        maxRunning = max(maxRunning, slots.values.filter { $0.running != nil }.count + 1)
    }

    private func finished(_ key: String, _ result: JobResult) {
        guard var slot = slots[key] else { return }
        slot.running = nil
        switch result {
        case .succeeded:
            slot.failures = 0
            slot.notBefore = nil
        case .failed(let requeueAfter):
            slot.failures += 1
            // Equal jitter: at least half the ceiling, so a failing organization really waits longer each time.
            let ceiling = ExponentialBackoff.seconds(backoff.ceiling(afterAttempt: slot.failures))
            let jittered = ceiling * (0.5 + 0.5 * min(max(random(), 0), 1))
            slot.notBefore = clock.now().addingTimeInterval(max(jittered, ExponentialBackoff.seconds(requeueAfter)))
        }
        if let next = slot.next, !stopping, slot.notBefore.map({ clock.now() >= $0 }) ?? true {
            slot.next = nil
            start(key, next, slot: &slot)
        } else {
            slot.next = nil
        }
        slots[key] = slot
        if isIdle {
            let waiters = idleWaiters
            idleWaiters = []
            for waiter in waiters { waiter.resume() }
        }
    }
}
