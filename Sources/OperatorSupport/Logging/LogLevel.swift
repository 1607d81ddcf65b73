/// How important a log record is; `--log-level` drops everything below it.
///
/// The swift-log levels, so their guidance applies: libraries log at `info`
/// or lower and never log normal success at `info`.
public enum LogLevel: String, Sendable, Hashable, Comparable, CaseIterable {
    /// Step-by-step detail (every git command, every AWS page).
    case trace
    /// What a developer needs to follow a pass.
    case debug
    /// Notable events an operator wants in the default log (a pass started, changes applied).
    case info
    /// Normal but significant conditions (a revision refused, a status push kept for later).
    case notice
    /// Something went wrong and will be retried.
    case warning
    /// An operation failed.
    case error
    /// The operator cannot continue.
    case critical

    /// Parses `--log-level` values, case-insensitively; `warn` is accepted for `warning`.
    public init?(parsing text: String) {
        let lowered = text.lowercased()
        if lowered == "warn" {
            self = .warning
            return
        }
        guard let level = LogLevel(rawValue: lowered) else { return nil }
        self = level
    }

    public static func < (a: LogLevel, b: LogLevel) -> Bool { a.rank < b.rank }

    private var rank: Int {
        switch self {
        case .trace: 0
        case .debug: 1
        case .info: 2
        case .notice: 3
        case .warning: 4
        case .error: 5
        case .critical: 6
        }
    }
}
