import Dispatch
import Foundation
import Synchronization

/// Cuts off exchanges that passed their deadline, with one timer for all of them.
///
/// A timer per request (`asyncAfter`) costs a dispatch source, a wake-up of
/// libdispatch's timer thread and, since it is never cancelled, keeps the
/// finished task alive until the deadline passes — at hundreds of calls a
/// second that is most of the transport's own system time and thousands of
/// parked closures. Here a request is an entry in a table; one repeating timer
/// fires every `resolution` while requests come and goes (it stops on the first
/// tick that finds none), so an exchange is cut off at most `resolution` after
/// its deadline.
final class DeadlineSweeper: Sendable {
    /// What to do when an entry's deadline passes; runs on the sweeper's queue.
    typealias Expiry = @Sendable () -> Void

    private struct Entry {
        var deadline: DispatchTime
        var expire: Expiry
    }

    private struct State {
        var entries: [UInt64: Entry] = [:]
        var nextId: UInt64 = 0
        var timer: (any DispatchSourceTimer)?
    }

    private let state = Mutex(State())
    private let queue = DispatchQueue(label: "orgops.transport.deadlines")
    private let resolution: DispatchTimeInterval

    /// Creates a sweeper checking deadlines every `resolution`.
    init(resolution: DispatchTimeInterval = .milliseconds(50)) {
        self.resolution = resolution
    }

    deinit {
        state.withLock { $0.timer?.cancel() }
    }

    /// Registers `expire` to run once `deadline` has passed, unless `cancel(_:)` comes first.
    func schedule(at deadline: DispatchTime, _ expire: @escaping Expiry) -> UInt64 {
        state.withLock { state in
            state.nextId &+= 1
            state.entries[state.nextId] = Entry(deadline: deadline, expire: expire)
            if state.timer == nil {
                let timer = DispatchSource.makeTimerSource(queue: queue)
                timer.schedule(deadline: .now() + resolution, repeating: resolution, leeway: resolution)
                timer.setEventHandler { [weak self] in self?.sweep() }
                timer.resume()
                state.timer = timer
            }
            return state.nextId
        }
    }

    /// Forgets an entry whose exchange finished; its expiry never runs.
    ///
    /// The timer is left running: the next request usually follows at once, and stopping and
    /// starting a timer per request is what this type exists to avoid. A tick that finds the
    /// table empty stops it.
    func cancel(_ id: UInt64) {
        state.withLock { state in
            state.entries[id] = nil
        }
    }

    /// How many exchanges are being watched (for tests).
    var watching: Int {
        state.withLock { $0.entries.count }
    }

    private func sweep() {
        let now = DispatchTime.now()
        let due = state.withLock { state -> [Expiry] in
            let expired = state.entries.filter { $0.value.deadline <= now }
            for id in expired.keys { state.entries[id] = nil }
            if state.entries.isEmpty, let timer = state.timer {
                timer.cancel()
                state.timer = nil
            }
            return expired.values.map(\.expire)
        }
        for expire in due { expire() }
    }
}
