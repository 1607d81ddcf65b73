/// Chooses how the emitter writes a scalar: plain, literal block, or double-quoted.
///
/// Plain is used only when the text reads back unchanged *and* unambiguously:
/// * A scalar that was a string (quoted or block style) is quoted when a reader could take it for
///   something else: `true`, `no`, `on`, `~`, `null`, `012`, `1e3`, `0x1F`, `.inf`, and the like.
/// * A scalar that was plain keeps YAML 1.2 core values plain (`3`, `true`, `null`: the writer meant
///   them typed) but is still quoted when YAML 1.1 readers would disagree (`yes`, `012`, `0x1F`, `1e3`).
/// * Either way, text that the grammar would read differently (empty, leading or trailing spaces,
///   `: `, ` #`, a leading indicator, control characters) is quoted.
enum ScalarWriter {
    /// Where the scalar goes, which decides what forms are possible.
    enum Context { case documentRoot, implicitKey, value }

    /// The scalar as YAML source; `indent` is the indentation of a literal block's lines.
    static func text(_ scalar: Scalar, tag: String?, indent: String, context: Context) -> String {
        let text = scalar.text
        if text.isEmpty && scalar.style == .plain { return "" }
        if isPlainSafe(text) && !isAmbiguous(text, wasPlain: scalar.style == .plain && tag == nil) { return text }
        if context != .implicitKey, let literal = literalBlock(text, indent: indent) { return literal }
        return doubleQuoted(text)
    }

    /// Whether `text` as a plain scalar in block context reads back as exactly `text`.
    static func isPlainSafe(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, let last = bytes.last else { return false }
        if first == 0x20 || last == 0x20 || last == UInt8(ascii: ":") { return false }
        switch first {
        case UInt8(ascii: "-"):
            if bytes.count < 2 || bytes[1] == 0x20 || text.hasPrefix("---") { return false }
        case UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"),
            UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""),
            UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            return false
        default: break
        }
        if text.hasPrefix("...") { return false }
        var previous: UInt8 = 0
        for b in bytes {
            if b < 0x20 || b == 0x7F { return false }
            if b == UInt8(ascii: "#") && previous == 0x20 { return false }
            if b == 0x20 && previous == UInt8(ascii: ":") { return false }
            previous = b
        }
        return text.unicodeScalars.allSatisfy { !needsEscape($0) }
    }

    /// Whether a plain `text` could be read as a non-string, by a YAML 1.1 or 1.2 reader.
    static func isAmbiguous(_ text: String, wasPlain: Bool) -> Bool {
        let lower = text.lowercased()
        let yaml11Words: Set<String> = ["yes", "no", "on", "off", "y", "n", "<<", "="]
        if yaml11Words.contains(lower) { return true }
        let coreWords: Set<String> = ["true", "false", "null", "~", ".inf", "-.inf", "+.inf", ".nan"]
        if coreWords.contains(lower) { return !wasPlain }
        guard looksNumeric(text) else { return false }
        return !wasPlain || !isCanonicalNumber(text)
    }

    /// Text that starts like a number and uses only number characters (`1_000`, `0x1F`, `12:30`, `1e3`).
    static func looksNumeric(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first else { return false }
        let starts = (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) || first == UInt8(ascii: "+")
            || first == UInt8(ascii: "-") || first == UInt8(ascii: ".")
        guard starts, bytes.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return false }
        return bytes.allSatisfy { "0123456789+-._:eEoxXabcdefABCDEF".utf8.contains($0) }
    }

    /// A decimal integer without leading zeros, or a decimal with a dot: numbers every reader agrees on.
    static func isCanonicalNumber(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty,
            whole.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            whole.count == 1 || whole.first != UInt8(ascii: "0")
        else { return false }
        if parts.count == 2 {
            let fraction = parts[1]
            return !fraction.isEmpty && fraction.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        }
        return true
    }

    /// Characters that only a double-quoted escape can carry safely.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || v == 0x7F || (0x80...0xA0).contains(v) || v == 0x2028 || v == 0x2029 || v == 0xFEFF
    }

    /// A literal block (`|`, `|-`, `|+`) for multi-line text that reads back exactly, or nil.
    static func literalBlock(_ text: String, indent: String) -> String? {
        guard text.utf8.contains(0x0A) else { return nil }
        let first = text.utf8.first
        guard first != 0x20, first != 0x09, first != 0x0A else { return nil }
        for scalar in text.unicodeScalars where scalar != "\n" && scalar != "\t" && needsEscape(scalar) { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var trailing = 0
        while lines.count > 1, lines.last?.isEmpty == true {
            lines.removeLast()
            trailing += 1
        }
        let header = trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+"
        var out = header
        for line in lines {
            out += "\n"
            if !line.isEmpty { out += indent + line }
        }
        for _ in 1..<max(trailing, 1) { out += "\n" }
        return out
    }

    /// The text in double quotes, escaping quotes, backslashes and every non-printable character.
    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\0": out += "\\0"
            case "\u{07}": out += "\\a"
            case "\u{08}": out += "\\b"
            case "\u{0B}": out += "\\v"
            case "\u{0C}": out += "\\f"
            case "\u{1B}": out += "\\e"
            case "\u{85}": out += "\\N"
            case "\u{A0}": out += "\\_"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            default:
                if needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += scalar.value <= 0xFF
                        ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                        : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Bytes that may appear in a `!tag` or `!!tag` written without `!<…>`.
    static func isSafeTagByte(_ b: UInt8) -> Bool {
        Scanner.isTagChar(b) && b != UInt8(ascii: "%")
    }
}
