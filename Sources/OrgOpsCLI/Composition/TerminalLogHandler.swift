import OperatorSupport

/// Writes log lines to a command's stderr stream, so logs of an in-process run are captured
/// with its diagnostics and JSON output on stdout stays one clean document.
public struct TerminalLogHandler: LogHandler {
    /// The line format (`--log-format`).
    public let format: LogFormat
    /// Where the lines go.
    public let output: any TerminalOutput

    /// Creates a handler.
    public init(format: LogFormat, output: any TerminalOutput) {
        self.format = format
        self.output = output
    }

    public func write(_ record: LogRecord) {
        output.line(format.render(record))
    }
}
