/// How a child process ended.
public enum ProcessTermination: Sendable, Equatable, CustomStringConvertible {
    /// It called `exit` with this status.
    case exited(Int32)
    /// A signal (such as SIGTERM = 15 or SIGKILL = 9) ended it.
    case signaled(Int32)

    /// Whether it exited with status 0.
    public var isSuccess: Bool { self == .exited(0) }

    /// `exit status N` or `signal N`, as messages quote it.
    public var description: String {
        switch self {
        case .exited(let status): "exit status \(status)"
        case .signaled(let signal): "signal \(signal)"
        }
    }
}

/// What a finished child left behind: how it ended and everything it wrote.
public struct ProcessResult: Sendable, Equatable {
    /// The command that ran.
    public var command: ProcessCommand
    /// How it ended.
    public var termination: ProcessTermination
    /// All bytes written to standard output.
    public var standardOutput: [UInt8]
    /// All bytes written to standard error.
    public var standardError: [UInt8]

    /// Creates a result.
    public init(command: ProcessCommand, termination: ProcessTermination, standardOutput: [UInt8], standardError: [UInt8]) {
        self.command = command
        self.termination = termination
        self.standardOutput = standardOutput
        self.standardError = standardError
    }

    /// Standard output decoded as UTF-8 (invalid bytes replaced).
    public var outputText: String { String(decoding: standardOutput, as: UTF8.self) }
    /// Standard error decoded as UTF-8 (invalid bytes replaced).
    public var errorText: String { String(decoding: standardError, as: UTF8.self) }

    /// Returns the result when the child exited with status 0, and throws `ProcessError.failed` otherwise.
    ///
    /// Separate from running so that callers who expect non-zero statuses (such as `git diff --quiet`) can read them.
    @discardableResult
    public func checked() throws(ProcessError) -> ProcessResult {
        guard termination.isSuccess else { throw ProcessError.failed(self) }
        return self
    }
}
