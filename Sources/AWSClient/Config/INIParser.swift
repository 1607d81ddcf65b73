/// Parses the INI dialect of the AWS shared `config` and `credentials` files.
///
/// The rules are botocore's (`configparser` plus `raw_config_parse`): `[section]`
/// headers, `key = value` (or `key: value`), whole-line comments starting with
/// `#` or `;`, blank lines ignored, and indented lines continuing the previous
/// value — which, when the value was empty, hold nested `key = value` pairs
/// (`[services]` sections, `s3 =` blocks). Pure: takes text, returns values.
public enum INIParser {
    /// Parses `text`; `file` is only used to name the file in errors.
    public static func parse(_ text: String, file: String) throws(SharedConfigError) -> [INISection] {
        var sections: [INISection] = []
        var currentKey: String?
        var lineNumber = 0
        // `\r\n` is one Character, so splitting on newline characters handles both line endings.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix(";") { continue }
            if let first = line.first, first == " " || first == "\t" {
                guard let key = currentKey, !sections.isEmpty else {
                    throw .malformedLine(file: file, line: lineNumber, text: String(trimmed))
                }
                try continueValue(of: key, in: &sections[sections.count - 1], with: trimmed, file: file, line: lineNumber)
                continue
            }
            if trimmed.hasPrefix("[") {
                guard trimmed.hasSuffix("]"), trimmed.count >= 2 else {
                    throw .malformedLine(file: file, line: lineNumber, text: String(trimmed))
                }
                let name = trimmed.dropFirst().dropLast().trimmingWhitespace()
                sections.append(INISection(name: String(name), line: lineNumber))
                currentKey = nil
                continue
            }
            guard !sections.isEmpty else {
                throw .entryOutsideSection(file: file, line: lineNumber, text: String(trimmed))
            }
            guard let (key, value) = splitAssignment(trimmed) else {
                throw .malformedLine(file: file, line: lineNumber, text: String(trimmed))
            }
            sections[sections.count - 1].values[key] = .string(value)
            currentKey = key
        }
        return sections
    }

    /// Splits `key = value` at the first `=` or `:`; nil when there is neither or the key is empty.
    static func splitAssignment(_ line: Substring) -> (String, String)? {
        guard let separator = line.firstIndex(where: { $0 == "=" || $0 == ":" }) else { return nil }
        let key = line[..<separator].trimmingWhitespace()
        guard !key.isEmpty else { return nil }
        let value = line[line.index(after: separator)...].trimmingWhitespace()
        return (key.lowercased(), String(value))
    }

    private static func continueValue(of key: String, in section: inout INISection, with text: Substring,
                                      file: String, line: Int) throws(SharedConfigError) {
        switch section.values[key] {
        case .string(let existing) where existing.isEmpty:
            guard let (nestedKey, nestedValue) = splitAssignment(text) else {
                throw .malformedLine(file: file, line: line, text: String(text))
            }
            section.values[key] = .nested([nestedKey: nestedValue])
        case .nested(var nested):
            guard let (nestedKey, nestedValue) = splitAssignment(text) else {
                throw .malformedLine(file: file, line: line, text: String(text))
            }
            nested[nestedKey] = nestedValue
            section.values[key] = .nested(nested)
        case .string(let existing):
            section.values[key] = .string(existing + "\n" + text)
        case nil:
            throw .malformedLine(file: file, line: line, text: String(text))
        }
    }
}

/// One `[section]` of a shared config file.
public struct INISection: Sendable, Equatable {
    /// The text between the brackets, trimmed (`default`, `profile prod`, `services local`).
    public var name: String
    /// The line of the header, for errors.
    public var line: Int
    /// The section's keys (lower-cased) and values.
    public var values: [String: INIValue] = [:]
}

/// A value in a shared config file: plain, or a nested block of `key = value` lines.
public enum INIValue: Sendable, Equatable {
    /// `key = value`.
    case string(String)
    /// `key =` followed by indented `sub = value` lines.
    case nested([String: String])
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result = result.dropFirst() }
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
