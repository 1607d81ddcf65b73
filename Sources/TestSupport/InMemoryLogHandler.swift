import OperatorSupport
import Synchronization

/// A log handler that keeps every record, so tests assert on what was logged instead of capturing stderr.
public final class InMemoryLogHandler: LogHandler {
    private let stored = Mutex<[LogRecord]>([])

    /// Creates an empty handler.
    public init() {}

    public func write(_ record: LogRecord) {
        stored.withLock { $0.append(record) }
    }

    /// Every record written, in order.
    public var records: [LogRecord] { stored.withLock { $0 } }

    /// The messages written, in order.
    public var messages: [String] { records.map(\.message) }

    /// The records rendered as `format` would print them, one string per line.
    public func lines(_ format: LogFormat) -> [String] { records.map(format.render) }

    /// A logger writing here at `level`, with `clock` for timestamps.
    public func logger(level: LogLevel = .trace, redactor: LogRedactor = LogRedactor(),
                       clock: any OperatorClock = SystemClock()) -> Logger {
        Logger(handler: self, level: level, redactor: redactor, clock: clock)
    }
}
