/// Why running a child process did not give a successful result.
///
/// Every case carries the command (and, where there is one, its output) so
/// the message names what failed; descriptions apply the command's redactions.
public enum ProcessError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The program could not be started (missing, not executable, bad directory).
    case launchFailed(command: ProcessCommand, reason: String)
    /// The program ran past its timeout and was stopped; the output is what it wrote until then.
    case timedOut(ProcessResult, after: Duration)
    /// The program ended with a non-zero status or by a signal.
    case failed(ProcessResult)

    /// A stable machine code for the failure.
    public var code: String {
        switch self {
        case .launchFailed: "process-launch-failed"
        case .timedOut: "process-timed-out"
        case .failed: "process-failed"
        }
    }

    /// The command that failed.
    public var command: ProcessCommand {
        switch self {
        case .launchFailed(let command, _): command
        case .timedOut(let result, _), .failed(let result): result.command
        }
    }

    /// A lower-case message quoting the (redacted) command and the tail of its standard error.
    public var description: String {
        let command = self.command
        switch self {
        case .launchFailed(_, let reason):
            return "could not start '\(command.displayString)': \(command.redact(reason))"
        case .timedOut(let result, let after):
            return "'\(command.displayString)' did not finish within \(after) and was stopped"
                + Self.tail(of: result)
        case .failed(let result):
            return "'\(command.displayString)' ended with \(result.termination)" + Self.tail(of: result)
        }
    }

    private static func tail(of result: ProcessResult) -> String {
        let text = result.errorText.isEmpty ? result.outputText : result.errorText
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return "" }
        let last = trimmed.count > 2_000 ? "…" + trimmed.suffix(2_000) : Substring(trimmed)
        return ": " + result.command.redact(String(last))
    }
}
