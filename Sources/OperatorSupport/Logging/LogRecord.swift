import Foundation

/// One log event as handlers receive it: already filtered by level and already redacted.
public struct LogRecord: Sendable, Hashable {
    /// When it happened, from the logger's clock.
    public var timestamp: Date
    /// Its level.
    public var level: LogLevel
    /// The human message, stable wording without interpolated identifiers (those go in metadata).
    public var message: String
    /// Structured context such as `org`, `revision`, `step`; rendered sorted by key.
    public var metadata: [String: String]

    /// Creates a record.
    public init(timestamp: Date, level: LogLevel, message: String, metadata: [String: String] = [:]) {
        self.timestamp = timestamp
        self.level = level
        self.message = message
        self.metadata = metadata
    }
}

/// Where log records go: stderr in production, memory in tests.
public protocol LogHandler: Sendable {
    /// Writes one record; must be safe to call from many tasks at once.
    func write(_ record: LogRecord)
}
