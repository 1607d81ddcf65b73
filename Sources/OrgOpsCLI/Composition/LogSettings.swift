import OperatorSupport

/// The logging part of a command line: `--log-format` and `--log-level`.
public struct LogSettings: Sendable, Hashable {
    /// The line format.
    public var format: LogFormat
    /// The lowest level written.
    public var level: LogLevel

    /// The options that carry these settings, for a command's spec.
    public static let options: [OptionSpec] = [
        .option("log-format", value: "format", help: "How log lines on stderr are written", defaultValue: "text",
                choices: LogFormat.allCases.map(\.rawValue)),
        .option("log-level", value: "level", help: "The lowest level of log lines written", defaultValue: "warning",
                choices: LogLevel.allCases.map(\.rawValue)),
    ]

    /// Reads the settings of a parsed command line (the parser has checked the choices).
    public init(arguments: ParsedArguments) {
        format = arguments.string("log-format").flatMap(LogFormat.init(rawValue:)) ?? .text
        level = arguments.string("log-level").flatMap(LogLevel.init(parsing:)) ?? .warning
    }

    /// A logger writing to `output` at these settings.
    public func logger(to output: any TerminalOutput, clock: any OperatorClock) -> Logger {
        Logger(handler: TerminalLogHandler(format: format, output: output), level: level, clock: clock)
    }
}
