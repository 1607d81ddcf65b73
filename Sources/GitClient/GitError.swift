import Foundation
import OperatorSupport

/// Why a git operation failed, with the (redacted) command and its output.
///
/// `code` is stable for programs; `description` is the message a person
/// reads: what failed, then git's own words indented below, the way
/// SwiftPM's `GitRepositoryError` prints them.
public struct GitError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The stable kinds of git failure.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        /// The machine-readable spelling, such as `git-command-failed`.
        public let rawValue: String
        private init(_ rawValue: String) { self.rawValue = rawValue }

        /// `git` ran and ended with a non-zero status.
        public static let commandFailed = Code("git-command-failed")
        /// `git` ran past its timeout and was stopped.
        public static let timedOut = Code("git-timed-out")
        /// `git` (or a helper such as `gpg`) could not be started.
        public static let launchFailed = Code("git-launch-failed")
        /// `git` printed something the parser cannot read.
        public static let malformedOutput = Code("git-malformed-output")
        /// A branch, revision or path does not exist.
        public static let notFound = Code("git-not-found")
        /// A caller passed a value git cannot take (a bad path, author or trailer).
        public static let invalidArgument = Code("git-invalid-argument")
        /// A local file (work directory, key, token, helper script) could not be read or written.
        public static let fileSystem = Code("git-file-system")
        /// A revision holds more bytes under the path than the configured limit.
        public static let tooLarge = Code("git-too-large")

        public var description: String { rawValue }
    }

    /// The kind of failure.
    public var code: Code
    /// What failed, lower-case, quoting the offending value.
    public var message: String
    /// The command line that failed, secrets already replaced by `***`.
    public var command: String?
    /// What git wrote (standard error, else standard output), redacted and trimmed.
    public var output: String?

    /// Creates an error.
    public init(code: Code, message: String, command: String? = nil, output: String? = nil) {
        self.code = code
        self.message = message
        self.command = command
        self.output = output
    }

    /// Wraps a process failure with what the operator was trying to do.
    public init(_ failure: ProcessError, while doing: String) {
        let command = failure.command
        let result: ProcessResult?
        switch failure {
        case .launchFailed(_, let reason):
            self.init(code: .launchFailed, message: "\(doing): could not start git: \(command.redact(reason))",
                      command: command.displayString)
            return
        case .timedOut(let partial, let after):
            result = partial
            self.init(code: .timedOut, message: "\(doing): git did not finish within \(after)", command: command.displayString)
        case .failed(let finished):
            result = finished
            self.init(code: .commandFailed, message: "\(doing): git ended with \(finished.termination)",
                      command: command.displayString)
        }
        if let result {
            let text = result.errorText.isEmpty ? result.outputText : result.errorText
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            let tail = trimmed.count > 4_000 ? "…" + trimmed.suffix(4_000) : Substring(trimmed)
            output = tail.isEmpty ? nil : command.redact(String(tail))
        }
    }

    public var description: String {
        var text = message
        if let command { text += "\n    command: \(command)" }
        if let output {
            text += "\n" + output.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
        }
        return text
    }
}
