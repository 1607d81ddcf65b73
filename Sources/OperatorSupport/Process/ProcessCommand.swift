import Foundation

/// One program to run: executable, argument vector, environment, directory, input and deadline.
///
/// A value rather than a shell string, so that no argument is ever re-parsed by
/// a shell and callers cannot inject words; the environment is explicit so a
/// child never silently inherits the operator's secrets.
public struct ProcessCommand: Sendable, Equatable {
    /// Absolute path of the program (for example `/usr/bin/git`); no `PATH` lookup is done.
    public var executable: String
    /// The arguments after the program name, passed to the child unchanged.
    public var arguments: [String]
    /// The complete environment of the child; empty means an empty environment.
    public var environment: [String: String]
    /// The child's working directory; `nil` keeps the caller's.
    public var workingDirectory: String?
    /// Bytes written to the child's standard input, which is then closed; `nil` gives it `/dev/null`.
    public var standardInput: [UInt8]?
    /// How long the child may run before it is terminated (SIGTERM, then SIGKILL after `killGrace`).
    public var timeout: Duration?
    /// How long a terminated child gets to exit before it is killed.
    public var killGrace: Duration
    /// Strings (tokens, passwords) replaced by `***` wherever the command or its output is described.
    public var redactions: [String]

    /// Creates a command.
    public init(
        executable: String, arguments: [String] = [], environment: [String: String] = [:],
        workingDirectory: String? = nil, standardInput: [UInt8]? = nil, timeout: Duration? = nil,
        killGrace: Duration = .seconds(2), redactions: [String] = []
    ) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.standardInput = standardInput
        self.timeout = timeout
        self.killGrace = killGrace
        self.redactions = redactions
    }

    /// The environment of the current process, for the rare child that must inherit it.
    ///
    /// Kept as an explicit opt-in so that reading the parent's environment is visible at the call site.
    public static func inheritedEnvironment() -> [String: String] {
        ProcessInfo.processInfo.environment
    }

    /// The command line as a person reads it, with every redaction applied and arguments quoted when needed.
    public var displayString: String {
        ([executable] + arguments).map { word in
            let safe = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:@,+%".contains($0) }
            return safe && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }.map(redact).joined(separator: " ")
    }

    /// Replaces every redaction string in `text` with `***`.
    public func redact(_ text: String) -> String {
        redactions.filter { !$0.isEmpty }.reduce(text) { $0.replacingOccurrences(of: $1, with: "***") }
    }
}
