import Foundation

/// How a record becomes one line: JSON lines for machines, text for people (`--log-format`).
///
/// JSON keys come in a fixed order, `ts`, `level`, `msg`, then the metadata
/// sorted by key, so the same record always renders the same bytes and
/// line-oriented tools (`grep`, `jq -c`) see stable output. `ts` is Unix
/// seconds with milliseconds, as Kubernetes components and zap log it.
public enum LogFormat: String, Sendable, Hashable, CaseIterable {
    /// `{"ts":1767225600.000,"level":"info","msg":"…","org":"workloads"}`.
    case json
    /// `2026-01-01T00:00:00.000Z info  applied changes org=workloads revision=3f2a1b9`.
    case text

    /// The line for `record`, without a trailing newline.
    public func render(_ record: LogRecord) -> String {
        switch self {
        case .json: Self.json(record)
        case .text: Self.text(record)
        }
    }

    private static let reservedKeys: Set<String> = ["ts", "level", "msg"]

    private static func json(_ record: LogRecord) -> String {
        let millis = (record.timestamp.timeIntervalSince1970 * 1000).rounded()
        let seconds = Int64(millis) / 1000
        let fraction = abs(Int64(millis) % 1000)
        var line = "{\"ts\":\(seconds).\(String(repeating: "0", count: 3 - String(fraction).count))\(fraction)"
        line += ",\"level\":" + jsonString(record.level.rawValue)
        line += ",\"msg\":" + jsonString(record.message)
        for key in record.metadata.keys.sorted() {
            // A metadata key that collides with a fixed one is renamed rather than producing a duplicate JSON key.
            let name = reservedKeys.contains(key) ? "meta." + key : key
            line += "," + jsonString(name) + ":" + jsonString(record.metadata[key] ?? "")
        }
        return line + "}"
    }

    private static func text(_ record: LogRecord) -> String {
        let level = record.level.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
        var line = timestamp(record.timestamp) + " " + level + escapeLine(record.message)
        for key in record.metadata.keys.sorted() {
            line += " " + key + "=" + textValue(record.metadata[key] ?? "")
        }
        return line
    }

    /// RFC 3339 in UTC with milliseconds, built by hand so no formatter state is shared between threads.
    static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .nanosecond], from: date)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        let millis = min(999, (parts.nanosecond ?? 0) / 1_000_000)
        return String(format: "%04d", parts.year ?? 0) + "-" + two(parts.month) + "-" + two(parts.day) + "T"
            + two(parts.hour) + ":" + two(parts.minute) + ":" + two(parts.second) + "." + String(format: "%03d", millis) + "Z"
    }

    /// A JSON string literal with `"`, `\` and control characters escaped.
    public static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{2028}" || scalar == "\u{2029}":
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func escapeLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\r", with: "\\r")
    }

    private static func textValue(_ value: String) -> String {
        let plain = !value.isEmpty && value.unicodeScalars.allSatisfy {
            $0.value > 0x20 && $0.value != 0x7F && $0 != "\"" && $0 != "=" && $0 != "\\"
        }
        return plain ? value : jsonString(value)
    }
}
