/// Why the shared `config` or `credentials` file could not be used.
///
/// Messages name the file and line so a person can fix it; a line is quoted
/// only when it cannot hold a secret (a pasted secret key is never echoed).
public enum SharedConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A line that is neither a `[section]`, a `key = value` nor an indented continuation.
    case malformedLine(file: String, line: Int, text: String)
    /// A `key = value` line before the first `[section]`.
    case entryOutsideSection(file: String, line: Int, text: String)
    /// The file exists but could not be read.
    case unreadableFile(file: String, reason: String)

    /// A stable identifier for scripts and tests.
    public var code: String {
        switch self {
        case .malformedLine: "shared-config.malformed-line"
        case .entryOutsideSection: "shared-config.entry-outside-section"
        case .unreadableFile: "shared-config.unreadable-file"
        }
    }

    /// The message for a person: file, line and what to change.
    public var description: String {
        switch self {
        case let .malformedLine(file, line, text):
            "\(file) line \(line): \(Self.quote(text)) is not a [section], a key = value pair or an indented continuation"
        case let .entryOutsideSection(file, line, text):
            "\(file) line \(line): \(Self.quote(text)) comes before any [section]; put it under [default] or [profile name]"
        case let .unreadableFile(file, reason):
            "cannot read \(file): \(reason)"
        }
    }

    /// Quotes a line unless it may carry a secret: long runs of key-like characters, or a secret/token key.
    static func quote(_ text: String) -> String {
        let lowered = text.lowercased()
        if lowered.contains("secret") || lowered.contains("token") { return "a line mentioning a secret (not shown)" }
        var run = 0
        for character in text {
            if character.isLetter || character.isNumber || character == "+" || character == "/" {
                run += 1
                if run >= 16 { return "a line with a key-like value (not shown)" }
            } else {
                run = 0
            }
        }
        return "'\(text)'"
    }
}
