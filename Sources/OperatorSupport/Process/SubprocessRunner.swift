import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The real `ProcessRunner`, on Foundation's `Process`.
///
/// Output is drained on dedicated threads while the child runs, so a child
/// writing megabytes never blocks on a full pipe; standard input is written
/// on its own thread for the same reason. The clock paces timeouts and kill
/// grace periods.
public struct SubprocessRunner: ProcessRunner {
    private let clock: any OperatorClock

    /// Creates a runner; `clock` paces timeouts and the grace before SIGKILL.
    public init(clock: any OperatorClock = SystemClock()) {
        self.clock = clock
    }

    /// Runs `command` to completion; on timeout the child gets SIGTERM, then SIGKILL after its `killGrace`,
    /// and `ProcessError.timedOut` carries what it wrote. Cancelling the calling task kills the child.
    public func run(_ command: ProcessCommand) async throws(ProcessError) -> ProcessResult {
        let collected = OutputCollector()
        let child = try launch(command) { stream, bytes in collected.append(stream, bytes) }
        let timedOut = TimeoutFlag()
        let timer: Task<Void, Never>? = command.timeout.map { limit in
            Task { [clock] in
                do { try await clock.sleep(for: limit) } catch { return }
                timedOut.set()
                await child.stop(grace: command.killGrace)
            }
        }
        let termination = await withTaskCancellationHandler {
            await child.wait()
        } onCancel: {
            child.signal(SIGKILL)
        }
        timer?.cancel()
        let (out, err) = collected.contents()
        let result = ProcessResult(command: command, termination: termination, standardOutput: out, standardError: err)
        if timedOut.isSet, let limit = command.timeout {
            throw ProcessError.timedOut(result, after: limit)
        }
        return result
    }

    /// Starts `command` and returns at once; `output` is called on reader threads as bytes arrive.
    public func start(_ command: ProcessCommand, output: @escaping ProcessOutputHandler) throws(ProcessError) -> RunningProcess {
        try launch(command, output: output)
    }

    private func launch(_ command: ProcessCommand, output: @escaping ProcessOutputHandler) throws(ProcessError) -> RunningProcess {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command.executable)
        process.arguments = command.arguments
        process.environment = command.environment
        if let directory = command.workingDirectory {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ProcessError.launchFailed(command: command, reason: "working directory '\(directory)' does not exist")
            }
            process.currentDirectoryURL = URL(fileURLWithPath: directory)
        }
        let stdout = Pipe()
        let stderr = Pipe()
        let stdin = command.standardInput.map { _ in Pipe() }
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin ?? FileHandle.nullDevice

        let box = ChildBox()
        process.terminationHandler = { finished in
            let ended: ProcessTermination = finished.terminationReason == .uncaughtSignal
                ? .signaled(finished.terminationStatus) : .exited(finished.terminationStatus)
            box.exited(ended)
        }
        do {
            try Self.withCleanSignalMask { try process.run() }
        } catch {
            throw ProcessError.launchFailed(command: command, reason: "\(error.localizedDescription)")
        }
        let child = RunningProcess(process: process, command: command, clock: clock, streams: 2)
        box.attach(child)
        try? stdout.fileHandleForWriting.close()
        try? stderr.fileHandleForWriting.close()
        Self.drain(stdout.fileHandleForReading, as: .standardOutput, to: output, then: child)
        Self.drain(stderr.fileHandleForReading, as: .standardError, to: output, then: child)
        if let stdin, let bytes = command.standardInput {
            try? stdin.fileHandleForReading.close()
            Self.feed(bytes, to: stdin.fileHandleForWriting)
        }
        return child
    }

    /// Runs `body` with no signal blocked on this thread.
    ///
    /// A spawned child inherits the spawning thread's signal mask, and the
    /// threads of Swift's concurrency pool block most signals; without this a
    /// child would never see SIGTERM.
    private static func withCleanSignalMask<T>(_ body: () throws -> T) rethrows -> T {
        var none = sigset_t()
        var saved = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, &saved)
        defer { pthread_sigmask(SIG_SETMASK, &saved, nil) }
        return try body()
    }

    private static func drain(_ handle: FileHandle, as stream: ProcessStream, to output: @escaping ProcessOutputHandler,
                              then child: RunningProcess) {
        let reader = Thread {
            let fd = handle.fileDescriptor
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    output(stream, Array(buffer[0..<count]))
                } else if count < 0 && errno == EINTR {
                    continue
                } else {
                    break
                }
            }
            try? handle.close()
            child.streamClosed()
        }
        reader.start()
    }

    private static func feed(_ bytes: [UInt8], to handle: FileHandle) {
        let writer = Thread {
            // A child that exits before reading all its input gives EPIPE here instead of a process-killing SIGPIPE.
            var pipeSignal = sigset_t()
            sigemptyset(&pipeSignal)
            sigaddset(&pipeSignal, SIGPIPE)
            pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)
            let fd = handle.fileDescriptor
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    break
                }
            }
            try? handle.close()
        }
        writer.start()
    }
}

/// Connects `Process.terminationHandler`, which may fire before the handle exists, to the handle.
private final class ChildBox: @unchecked Sendable {
    private let lock = NSLock()
    private var child: RunningProcess?
    private var early: ProcessTermination?

    func attach(_ child: RunningProcess) {
        let ended: ProcessTermination? = lock.withLock {
            self.child = child
            return early
        }
        if let ended { child.processExited(ended) }
    }

    func exited(_ ended: ProcessTermination) {
        let child: RunningProcess? = lock.withLock {
            if self.child == nil { early = ended }
            return self.child
        }
        child?.processExited(ended)
    }
}

/// Accumulates both output streams of a `run`.
private final class OutputCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var out: [UInt8] = []
    private var err: [UInt8] = []

    func append(_ stream: ProcessStream, _ bytes: [UInt8]) {
        lock.withLock {
            switch stream {
            case .standardOutput: out.append(contentsOf: bytes)
            case .standardError: err.append(contentsOf: bytes)
            }
        }
    }

    func contents() -> ([UInt8], [UInt8]) { lock.withLock { (out, err) } }
}

/// Set once the timeout fired, so the result is reported as a timeout rather than a signal.
private final class TimeoutFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
