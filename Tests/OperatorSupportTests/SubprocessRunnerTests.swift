import Foundation
import OperatorSupport
import TestSupport
import Testing

@Suite struct SubprocessRunnerTests {
    let runner = SubprocessRunner()

    @Test func echoesArgumentsWithoutAShell() async throws {
        let result = try await runner.run(ProcessCommand(executable: "/bin/echo", arguments: ["a b", "$HOME", "*"]))
        #expect(result.termination == .exited(0))
        #expect(result.outputText == "a b $HOME *\n")
        #expect(result.standardError.isEmpty)
    }

    @Test func passesOnlyTheGivenEnvironment() async throws {
        let result = try await runner.run(ProcessCommand(executable: "/usr/bin/env", environment: ["ONLY": "this"]))
        #expect(result.outputText == "ONLY=this\n")
    }

    @Test func runsInTheWorkingDirectory() async throws {
        let result = try await runner.run(ProcessCommand(executable: "/bin/pwd", workingDirectory: "/tmp"))
        #expect(result.outputText.trimmingCharacters(in: .whitespacesAndNewlines) == "/tmp")
    }

    @Test func missingWorkingDirectoryIsALaunchFailure() async {
        let command = ProcessCommand(executable: "/bin/pwd", workingDirectory: "/no/such/dir")
        await #expect(throws: ProcessError.launchFailed(command: command, reason: "working directory '/no/such/dir' does not exist")) {
            try await runner.run(command)
        }
    }

    @Test func missingExecutableIsALaunchFailureNamingIt() async {
        do {
            _ = try await runner.run(ProcessCommand(executable: "/no/such/program", arguments: ["x"]))
            Issue.record("expected a launch failure")
        } catch {
            #expect(error.code == "process-launch-failed")
            #expect(error.description.hasPrefix("could not start '/no/such/program x'"))
        }
    }

    @Test func feedsStandardInput() async throws {
        let input = Array("line one\nline two\n".utf8)
        let result = try await runner.run(ProcessCommand(executable: "/bin/cat", standardInput: input))
        #expect(result.standardOutput == input)
    }

    @Test func drainsBigOutputsOnBothStreamsWithoutDeadlock() async throws {
        // 4 MiB on stdout and 2 MiB on stderr, far beyond a pipe's 64 KiB buffer.
        let script = "head -c 4194304 /dev/zero; head -c 2097152 /dev/zero >&2"
        let result = try await runner.run(ProcessCommand(executable: "/bin/sh", arguments: ["-c", script],
                                                         environment: ["PATH": "/usr/bin:/bin"], timeout: .seconds(30)))
        #expect(result.termination == .exited(0))
        #expect(result.standardOutput.count == 4_194_304)
        #expect(result.standardError.count == 2_097_152)
    }

    @Test func bigInputIsStreamedThrough() async throws {
        let input = [UInt8](repeating: 65, count: 3_000_000)
        let result = try await runner.run(ProcessCommand(executable: "/bin/cat", standardInput: input, timeout: .seconds(30)))
        #expect(result.standardOutput.count == input.count)
    }

    @Test func reportsExitStatusAndChecksIt() async throws {
        let command = ProcessCommand(executable: "/bin/sh", arguments: ["-c", "echo oops >&2; exit 3"])
        let result = try await runner.run(command)
        #expect(result.termination == .exited(3))
        #expect(result.errorText == "oops\n")
        #expect(throws: ProcessError.failed(result)) { try result.checked() }
        let message = ProcessError.failed(result).description
        #expect(message == "'/bin/sh -c 'echo oops >&2; exit 3'' ended with exit status 3: oops")
    }

    @Test func reportsTheSignalThatEndedTheChild() async throws {
        let result = try await runner.run(ProcessCommand(executable: "/bin/sh", arguments: ["-c", "kill -9 $$"]))
        #expect(result.termination == .signaled(9))
    }

    @Test func timeoutTerminatesTheChildAndKeepsItsOutput() async {
        let command = ProcessCommand(executable: "/bin/sh", arguments: ["-c", "echo started; exec sleep 30"],
                                     timeout: .milliseconds(300))
        let began = ContinuousClock.now
        do {
            _ = try await runner.run(command)
            Issue.record("expected a timeout")
        } catch {
            guard case .timedOut(let result, let after) = error else {
                Issue.record("expected a timeout, got \(error)")
                return
            }
            #expect(after == .milliseconds(300))
            #expect(result.termination == .signaled(SIGTERM))
            #expect(result.outputText == "started\n")
            #expect(error.code == "process-timed-out")
        }
        #expect(ContinuousClock.now - began < .seconds(25))  // well before the child's own 30 s end, even on a loaded machine
    }

    @Test func timeoutRunsOnTheInjectedClock() async {
        let clock = ManualClock()
        let command = ProcessCommand(executable: "/bin/sleep", arguments: ["30"], timeout: .seconds(3_600))
        let began = ContinuousClock.now
        do {
            _ = try await SubprocessRunner(clock: clock).run(command)
            Issue.record("expected a timeout")
        } catch {
            #expect(error.code == "process-timed-out")
        }
        #expect(clock.sleeps.first == .seconds(3_600))
        #expect(ContinuousClock.now - began < .seconds(25))  // well before the child's own 30 s end, even on a loaded machine
    }

    @Test func childIgnoringSigtermIsKilledAfterTheGrace() async {
        let command = ProcessCommand(executable: "/bin/sh", arguments: ["-c", "trap '' TERM; echo ready; while :; do sleep 0.05; done"],
                                     environment: ["PATH": "/usr/bin:/bin"], timeout: .milliseconds(300), killGrace: .milliseconds(300))
        do {
            _ = try await runner.run(command)
            Issue.record("expected a timeout")
        } catch {
            guard case .timedOut(let result, _) = error else {
                Issue.record("expected a timeout, got \(error)")
                return
            }
            #expect(result.termination == .signaled(SIGKILL))
        }
    }

    @Test func redactsSecretsInDescriptions() async throws {
        let command = ProcessCommand(executable: "/bin/sh", arguments: ["-c", "echo token=s3cr3t >&2; exit 1"],
                                     redactions: ["s3cr3t"])
        let result = try await runner.run(command)
        let message = ProcessError.failed(result).description
        #expect(!message.contains("s3cr3t"))
        #expect(message.contains("token=***"))
    }

    @Test func longRunningChildCanBeStoppedByItsHandle() async throws {
        let lines = LineSink()
        let command = ProcessCommand(executable: "/bin/sh", arguments: ["-c", "echo up; exec sleep 60"],
                                     environment: ["PATH": "/usr/bin:/bin"])
        let child = try runner.start(command) { stream, bytes in
            if stream == .standardOutput { lines.append(bytes) }
        }
        #expect(child.pid > 0)
        #expect(kill(child.pid, 0) == 0)
        while !lines.text.contains("up") { try await Task.sleep(for: .milliseconds(10)) }
        let ended = await child.stop(grace: .seconds(5))
        #expect(ended == .signaled(SIGTERM))
        #expect(child.hasExited)
        #expect(kill(child.pid, 0) == -1)
    }

    @Test func childStartsWithNoSignalBlocked() async throws {
        let result = try await runner.run(ProcessCommand(executable: "/bin/grep", arguments: ["SigBlk", "/proc/self/status"]))
        #expect(result.outputText == "SigBlk:\t0000000000000000\n")
    }

    @Test func childThatIgnoresItsInputDoesNotBreakTheRunner() async throws {
        let input = [UInt8](repeating: 66, count: 1_000_000)
        let result = try await runner.run(ProcessCommand(executable: "/bin/true", standardInput: input))
        #expect(result.termination == .exited(0))
    }

    @Test func timeoutAlsoEndsGrandchildrenHoldingTheOutput() async {
        let command = ProcessCommand(executable: "/bin/sh", arguments: ["-c", "sleep 30 & echo hi; wait"],
                                     environment: ["PATH": "/usr/bin:/bin"], timeout: .milliseconds(300))
        let began = ContinuousClock.now
        do {
            _ = try await runner.run(command)
            Issue.record("expected a timeout")
        } catch {
            guard case .timedOut(let result, _) = error else {
                Issue.record("expected a timeout, got \(error)")
                return
            }
            #expect(result.outputText == "hi\n")
        }
        #expect(ContinuousClock.now - began < .seconds(25))  // well before the child's own 30 s end, even on a loaded machine
    }

    @Test func waitingReturnsTheExitOfAFinishedChild() async throws {
        let child = try runner.start(ProcessCommand(executable: "/bin/sh", arguments: ["-c", "exit 7"])) { _, _ in }
        #expect(await child.wait() == .exited(7))
        #expect(await child.wait() == .exited(7))
    }
}

/// Collects a child's output across threads.
final class LineSink: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8] = []

    func append(_ more: [UInt8]) { lock.withLock { bytes.append(contentsOf: more) } }
    var text: String { lock.withLock { String(decoding: bytes, as: UTF8.self) } }
}
