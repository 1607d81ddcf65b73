/// One subcommand of `orgops`: its description and what it does.
///
/// A command receives its parsed arguments and a context holding everything
/// effectful it may touch (environment, output streams), and returns its exit
/// status; it never calls `exit()` itself, so commands run in-process in tests.
public protocol Command: Sendable {
    /// The declarative description the parser and `--help` read.
    var spec: CommandSpec { get }

    /// Runs the command. Throwing `UsageError` prints the usage line; throwing
    /// `CommandError` prints its message; both exit with status 1.
    func run(_ arguments: ParsedArguments, context: CommandContext) async throws -> Int32
}

/// What a command may reach of the outside world, handed in rather than
/// read from the process.
public struct CommandContext: Sendable {
    /// The environment variables, for `ORGOPS_<FLAG>` and the AWS SDK variables.
    public var environment: [String: String]
    /// Where results go (one JSON document with `--format json`).
    public var stdout: any TerminalOutput
    /// Where diagnostics and logs go.
    public var stderr: any TerminalOutput

    /// Creates a context.
    public init(environment: [String: String], stdout: any TerminalOutput, stderr: any TerminalOutput) {
        self.environment = environment
        self.stdout = stdout
        self.stderr = stderr
    }
}

/// A command that could not do its job for a reason other than how it was
/// called: an unreadable repository, a file that is not there.
public struct CommandError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable machine code (`repository-not-found` …).
    public var code: String
    /// The lower-case message a person acts on, quoting the bad value.
    public var message: String

    /// Creates a command error.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
