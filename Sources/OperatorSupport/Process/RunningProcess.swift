import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A started child process: its PID, a way to stop it, and a way to wait for it.
///
/// Waiting covers both the exit and the end of its output streams, so the
/// last bytes a child writes are never lost. Foundation starts each child as
/// the leader of its own process group and learns of its exit only when every
/// process holding its descriptors is gone, so a background grandchild
/// (`sh -c 'daemon &'`) delays the wait; signals therefore go to the whole
/// group, and a timeout or `stop` ends the grandchildren too. Safe to share
/// between tasks.
public final class RunningProcess: @unchecked Sendable {
    /// The child's process id.
    public let pid: Int32
    /// The command it runs (for messages).
    public let command: ProcessCommand

    private let process: Process
    private let clock: any OperatorClock
    private let lock = NSLock()
    private var termination: ProcessTermination?
    private var openStreams: Int
    private var waiters: [CheckedContinuation<ProcessTermination, Never>] = []

    init(process: Process, command: ProcessCommand, clock: any OperatorClock, streams: Int) {
        self.process = process
        self.pid = process.processIdentifier
        self.command = command
        self.clock = clock
        self.openStreams = streams
    }

    /// Whether the child has exited (its output may still be draining).
    public var hasExited: Bool { lock.withLock { termination != nil } }

    /// Sends a signal to the child's process group (the child and what it started) unless the child
    /// has been reaped, so a recycled PID is never hit.
    public func signal(_ signal: Int32) {
        lock.withLock {
            guard termination == nil else { return }
            if kill(-pid, signal) != 0 { _ = kill(pid, signal) }
        }
    }

    /// Waits until the child has exited and its output has been read to the end.
    public func wait() async -> ProcessTermination {
        await withCheckedContinuation { continuation in
            let done: ProcessTermination? = lock.withLock {
                if let termination, openStreams == 0 { return termination }
                waiters.append(continuation)
                return nil
            }
            if let done { continuation.resume(returning: done) }
        }
    }

    /// Stops the child: SIGTERM, then SIGKILL if it is still running after `grace`; returns how it ended.
    @discardableResult
    public func stop(grace: Duration = .seconds(2)) async -> ProcessTermination {
        signal(SIGTERM)
        let killer = Task { [clock] in
            do { try await clock.sleep(for: grace) } catch { return }
            self.signal(SIGKILL)
        }
        let result = await wait()
        killer.cancel()
        return result
    }

    /// Kills the child at once (SIGKILL) without waiting: for exit hooks and `deinit`s that cannot await.
    public func killNow() {
        signal(SIGKILL)
    }

    func processExited(_ ended: ProcessTermination) {
        finish { $0.termination = ended }
    }

    func streamClosed() {
        finish { $0.openStreams -= 1 }
    }

    private func finish(_ change: (RunningProcess) -> Void) {
        let ready: (ProcessTermination, [CheckedContinuation<ProcessTermination, Never>])? = lock.withLock {
            change(self)
            guard let termination, openStreams <= 0 else { return nil }
            let woken = waiters
            waiters = []
            return (termination, woken)
        }
        if let (termination, woken) = ready {
            for waiter in woken { waiter.resume(returning: termination) }
        }
    }
}
