/// The logger every component takes as a `logger:` parameter.
///
/// A value: `with(_:_:)` returns a copy carrying more metadata (`org`,
/// `revision`, `step`), so a reconcile pass hands each step a logger that
/// already names what it works on. Messages are built only when their level
/// is enabled, and pass through the redactor before any handler sees them.
public struct Logger: Sendable {
    /// Where records go.
    public var handler: any LogHandler
    /// Records below this level are dropped before their message is built.
    public var level: LogLevel
    /// Context added to every record.
    public var metadata: [String: String]
    /// Masks known secrets.
    public var redactor: LogRedactor
    /// Timestamps records.
    public var clock: any OperatorClock

    /// Creates a logger.
    public init(handler: any LogHandler, level: LogLevel = .info, metadata: [String: String] = [:],
                redactor: LogRedactor = LogRedactor(), clock: any OperatorClock = SystemClock()) {
        self.handler = handler
        self.level = level
        self.metadata = metadata
        self.redactor = redactor
        self.clock = clock
    }

    /// A copy with `key` set to `value` on every record.
    public func with(_ key: String, _ value: String) -> Logger {
        var copy = self
        copy.metadata[key] = value
        return copy
    }

    /// A copy with all of `metadata` added.
    public func with(_ metadata: [String: String]) -> Logger {
        var copy = self
        copy.metadata.merge(metadata) { _, new in new }
        return copy
    }

    /// Whether records at `level` would be written.
    public func isEnabled(_ level: LogLevel) -> Bool { level >= self.level }

    /// Writes a record at `level` with the logger's metadata plus `metadata`.
    public func log(_ level: LogLevel, _ message: @autoclosure () -> String, _ metadata: [String: String] = [:]) {
        guard isEnabled(level) else { return }
        var merged = self.metadata
        merged.merge(metadata) { _, new in new }
        let record = LogRecord(timestamp: clock.now(), level: level, message: redactor.redact(message()),
                               metadata: merged.mapValues(redactor.redact))
        handler.write(record)
    }

    /// Logs at `trace`.
    public func trace(_ message: @autoclosure () -> String, _ metadata: [String: String] = [:]) {
        log(.trace, message(), metadata)
    }

    /// Logs at `debug`.
    public func debug(_ message: @autoclosure () -> String, _ metadata: [String: String] = [:]) {
        log(.debug, message(), metadata)
    }

    /// Logs at `info`.
    public func info(_ message: @autoclosure () -> String, _ metadata: [String: String] = [:]) {
        log(.info, message(), metadata)
    }

    /// Logs at `notice`.
    public func notice(_ message: @autoclosure () -> String, _ metadata: [String: String] = [:]) {
        log(.notice, message(), metadata)
    }

    /// Logs at `warning`.
    public func warning(_ message: @autoclosure () -> String, _ metadata: [String: String] = [:]) {
        log(.warning, message(), metadata)
    }

    /// Logs at `error`.
    public func error(_ message: @autoclosure () -> String, _ metadata: [String: String] = [:]) {
        log(.error, message(), metadata)
    }

    /// A logger that drops everything, for callers that have nothing to say.
    public static var disabled: Logger {
        Logger(handler: DiscardingLogHandler(), level: .critical)
    }
}

/// Drops every record.
public struct DiscardingLogHandler: LogHandler {
    /// Creates the handler.
    public init() {}

    public func write(_ record: LogRecord) {}
}
