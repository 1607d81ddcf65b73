import OperatorSupport

/// Wakes the loop at the next interval or at once on a trigger (webhook push, shutdown), whichever comes first.
///
/// A trigger that arrives while the loop is busy is remembered, so a push
/// during a pass is fetched right after it instead of an interval later.
public actor LoopWakeup {
    private var pending = false
    private var waiter: CheckedContinuation<Void, Never>?
    private var generation = 0

    /// Creates a wakeup.
    public init() {}

    /// Wakes the loop now (or as soon as it waits next).
    public func trigger() {
        if let waiter {
            self.waiter = nil
            waiter.resume()
        } else {
            pending = true
        }
    }

    /// Waits `duration` of `clock`'s time or until `trigger()`; returns true when triggered.
    public func wait(for duration: Duration, clock: any OperatorClock) async -> Bool {
        if pending {
            pending = false
            return true
        }
        generation += 1
        let mine = generation
        let timer = Task { [weak self] in
            do {
                try await clock.sleep(for: duration)
                await self?.timerFired(mine)
            } catch {
                return
            }
        }
        await withCheckedContinuation { waiter = $0 }
        timer.cancel()
        let triggered = !timedOut
        timedOut = false
        return triggered
    }

    private var timedOut = false

    private func timerFired(_ generation: Int) {
        guard generation == self.generation, let waiter else { return }
        self.waiter = nil
        timedOut = true
        waiter.resume()
    }
}
