import Foundation
import OperatorSupport
import Synchronization

/// A clock whose sleeps return at once and are recorded, so retry tests never wait for real.
final class RecordingClock: OperatorClock {
    private let state = Mutex<(now: Date, sleeps: [Duration])>((Date(timeIntervalSince1970: 1_767_225_600), []))

    func now() -> Date { state.withLock { $0.now } }

    func sleep(for duration: Duration) async throws {
        state.withLock {
            $0.sleeps.append(duration)
            $0.now += Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }
    }

    /// Every requested sleep, in order.
    var sleeps: [Duration] { state.withLock { $0.sleeps } }
}

/// A runner that runs for real and remembers every command, to check what reached arguments and environments.
final class RecordingRunner: ProcessRunner {
    private let inner = SubprocessRunner()
    private let recorded = Mutex<[ProcessCommand]>([])
    /// A hook run before each command (for example to make the remote move between two commands).
    let before: @Sendable (ProcessCommand) async -> Void

    init(before: @escaping @Sendable (ProcessCommand) async -> Void = { _ in }) {
        self.before = before
    }

    var commands: [ProcessCommand] { recorded.withLock { $0 } }

    func run(_ command: ProcessCommand) async throws(ProcessError) -> ProcessResult {
        recorded.withLock { $0.append(command) }
        await before(command)
        return try await inner.run(command)
    }

    func start(_ command: ProcessCommand, output: @escaping ProcessOutputHandler) throws(ProcessError) -> RunningProcess {
        recorded.withLock { $0.append(command) }
        return try inner.start(command, output: output)
    }
}

/// Generates an ed25519 key pair without a passphrase; returns the private key path (the public key is `path.pub`).
func makeSSHKey(in directory: String, name: String, comment: String) async throws -> String {
    let path = directory + "/" + name
    let command = ProcessCommand(executable: "/usr/bin/ssh-keygen",
                                 arguments: ["-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", path],
                                 environment: ["PATH": "/usr/bin:/bin"], timeout: .seconds(30))
    try await SubprocessRunner().run(command).checked()
    return path
}

/// Whether `ssh-keygen` is installed (signature tests need it).
let hasSSHKeygen = FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh-keygen")
