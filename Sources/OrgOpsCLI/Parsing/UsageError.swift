/// A command line that cannot be run as written: an unknown option, a missing
/// or malformed value, a stray argument.
///
/// The application prints it as `Error: <message>` followed by the command's
/// usage line and a pointer to its `--help`, and exits with status 1 (the
/// status CLI.md gives every error; orgops does not use 64 for usage errors).
public struct UsageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable machine code (`unknown-option`, `missing-value` …); documented, never reworded.
    public var code: String
    /// The lower-case message a person acts on, quoting what was typed.
    public var message: String

    /// Creates a usage error.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    /// An option the command does not have, with the closest real one when it is near.
    static func unknownOption(_ typed: String, candidates: [String]) -> UsageError {
        let hint = Suggestion.closest(to: typed, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
        return UsageError(code: "unknown-option", message: "unknown option '\(typed)'\(hint)")
    }

    /// A subcommand orgops does not have.
    static func unknownCommand(_ typed: String, candidates: [String]) -> UsageError {
        let hint = Suggestion.closest(to: typed, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
        return UsageError(code: "unknown-command", message: "unknown command '\(typed)'\(hint)")
    }

    /// An option that needs a value given last, or followed by another option.
    static func missingValue(_ option: OptionSpec) -> UsageError {
        UsageError(code: "missing-value", message: "missing value for '\(option.synopsis)'")
    }

    /// A flag given a value with `=`.
    static func unexpectedValue(_ option: OptionSpec, value: String) -> UsageError {
        UsageError(code: "unexpected-value",
                   message: "'--\(option.name)' is a flag and takes no value, but was given '\(value)'")
    }

    /// A single-value option given twice.
    static func duplicateOption(_ option: OptionSpec) -> UsageError {
        UsageError(code: "duplicate-option",
                   message: "'--\(option.name)' was given more than once; give it once")
    }

    /// A positional argument beyond those the command takes.
    static func unexpectedArgument(_ value: String) -> UsageError {
        UsageError(code: "unexpected-argument", message: "unexpected argument '\(value)'")
    }

    /// A required positional argument left out.
    static func missingArgument(_ argument: ArgumentSpec) -> UsageError {
        UsageError(code: "missing-argument", message: "missing argument '<\(argument.name)>'")
    }

    /// A value outside an option's choices; `origin` says where it came from (the flag or its variable).
    static func invalidChoice(_ value: String, origin: String, choices: [String]) -> UsageError {
        UsageError(code: "invalid-value",
                   message: "invalid value '\(value)' for \(origin); expected one of: \(choices.joined(separator: ", "))")
    }

    /// A value that does not have the option's type (a duration, a number, a boolean).
    static func invalidValue(_ value: String, origin: String, expected: String) -> UsageError {
        UsageError(code: "invalid-value", message: "invalid value '\(value)' for \(origin); expected \(expected)")
    }
}
