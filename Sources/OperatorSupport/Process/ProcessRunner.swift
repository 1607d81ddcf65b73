/// Which output stream of a child some bytes came from.
public enum ProcessStream: Sendable, Equatable {
    /// Standard output.
    case standardOutput
    /// Standard error.
    case standardError
}

/// Receives a long-running child's output as it arrives, in order per stream.
public typealias ProcessOutputHandler = @Sendable (ProcessStream, [UInt8]) -> Void

/// The one way orgops starts programs (git, and the test AWS server).
///
/// A protocol so that callers such as the git client can be tested with a
/// recording fake; the real implementation is `SubprocessRunner`.
public protocol ProcessRunner: Sendable {
    /// Runs the command to completion (or its timeout) and returns how it ended with all its output.
    ///
    /// A non-zero exit is a result, not an error: call `checked()` to turn it into one.
    /// Throws `ProcessError.launchFailed` or `ProcessError.timedOut`.
    func run(_ command: ProcessCommand) async throws(ProcessError) -> ProcessResult

    /// Starts a long-running child and returns at once with a handle to its PID, to stop it and to wait for it.
    ///
    /// The command's timeout is ignored; output goes to `output` as it arrives.
    func start(_ command: ProcessCommand, output: @escaping ProcessOutputHandler) throws(ProcessError) -> RunningProcess
}
