import Foundation
import OperatorSupport
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// One `orgops run` child of an end-to-end test: the built binary, its merged output, and its PID to stop.
///
/// The child is a real process, so a SIGKILL or SIGTERM is what a container runtime would send.
/// Tests stop it by PID in a `defer` (`kill()`), so a failing expectation never leaves an operator
/// running against the next test's server.
final class OperatorProcess: Sendable {
    /// The running child.
    let child: RunningProcess
    private let captured: CapturedOutput

    /// Starts `orgops <arguments>` with exactly `environment`.
    init(binary: String, arguments: [String], environment: [String: String]) throws {
        let captured = CapturedOutput()
        self.captured = captured
        child = try SubprocessRunner().start(ProcessCommand(executable: binary, arguments: arguments,
                                                            environment: environment)) { _, bytes in
            captured.append(bytes)
        }
    }

    /// The child's process id.
    var pid: Int32 { child.pid }

    /// Whether the child has exited.
    var hasExited: Bool { child.hasExited }

    /// Everything the child wrote so far (stdout and stderr interleaved), for failure messages.
    var output: String { captured.text }

    /// The last `lines` lines of the output: enough to see why a wait failed, short enough to read.
    func tail(_ lines: Int = 40) -> String {
        output.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines).joined(separator: "\n")
    }

    /// Sends `signal` to the child (and its process group).
    func signal(_ signal: Int32) {
        child.signal(signal)
    }

    /// Waits for the child to end and its output to drain.
    func wait() async -> ProcessTermination {
        await child.wait()
    }

    /// SIGTERM, then SIGKILL after `grace`: the graceful end of a test that no longer needs the operator.
    @discardableResult
    func stop(grace: Duration = .seconds(10)) async -> ProcessTermination {
        await child.stop(grace: grace)
    }

    /// SIGKILL now, without waiting: for `defer`, which cannot await.
    func kill() {
        child.killNow()
    }
}

/// The child's output as it arrives on the runner's reader threads.
final class CapturedOutput: Sendable {
    private let buffer = Mutex("")

    func append(_ bytes: [UInt8]) {
        buffer.withLock { $0 += String(decoding: bytes, as: UTF8.self) }
    }

    var text: String { buffer.withLock { $0 } }
}

/// Processes on this machine that still refer to a test's directory: a `git` (or hook) the operator left behind.
enum LeftoverProcesses {
    /// PIDs and command lines of processes whose command line or working directory lies under `root`.
    static func referencing(_ root: String) -> [String] {
        let own = getpid()
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> String? in
            guard let pid = Int32(entry), pid != own else { return nil }
            let cmdline = (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(entry)/cmdline")))
                .map { String(decoding: $0, as: UTF8.self).replacingOccurrences(of: "\0", with: " ") } ?? ""
            let cwd = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(entry)/cwd")) ?? ""
            guard cmdline.contains(root) || cwd.hasPrefix(root) else { return nil }
            return "\(pid): \(cmdline) (in \(cwd))"
        }
    }
}
