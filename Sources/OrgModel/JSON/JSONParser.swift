/// Why a text is not the JSON a policy document must be, and where (1-based line and column).
public struct JSONParseError: Error, Sendable, Hashable {
    /// What is wrong, lower-case.
    public var message: String
    /// 1-based line within the JSON text.
    public var line: Int
    /// 1-based column within the line.
    public var column: Int
}

/// A strict RFC 8259 parser (no comments, no trailing commas, duplicate keys rejected).
public enum JSONParser {
    /// Parses one JSON value filling the whole text (surrounding whitespace allowed).
    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        var reader = Reader(Array(text.unicodeScalars))
        reader.skipWhitespace()
        let value = try reader.value(depth: 0)
        reader.skipWhitespace()
        if !reader.atEnd { throw reader.error("unexpected '\(reader.peekText)' after the end of the document") }
        return value
    }
}

private struct Reader {
    let s: [Unicode.Scalar]
    var i = 0

    init(_ s: [Unicode.Scalar]) { self.s = s }

    var atEnd: Bool { i >= s.count }
    var peekText: String { atEnd ? "end of input" : String(Character(s[i])) }

    func error(_ message: String) -> JSONParseError {
        var line = 1
        var column = 1
        for scalar in s[0..<min(i, s.count)] {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return JSONParseError(message: message, line: line, column: column)
    }

    mutating func skipWhitespace() {
        while i < s.count, s[i] == " " || s[i] == "\n" || s[i] == "\r" || s[i] == "\t" { i += 1 }
    }

    mutating func value(depth: Int) throws(JSONParseError) -> JSONValue {
        if depth > 200 { throw error("document nested deeper than 200 levels") }
        guard i < s.count else { throw error("unexpected end of input, expected a value") }
        switch s[i] {
        case "{": return try object(depth: depth)
        case "[": return try array(depth: depth)
        case "\"": return .string(try string())
        case "t": return try literal("true", .bool(true))
        case "f": return try literal("false", .bool(false))
        case "n": return try literal("null", .null)
        case "-", "0"..."9": return try number()
        default: throw error("unexpected '\(peekText)', expected a value")
        }
    }

    mutating func literal(_ word: String, _ result: JSONValue) throws(JSONParseError) -> JSONValue {
        for scalar in word.unicodeScalars {
            guard i < s.count, s[i] == scalar else { throw error("invalid literal, expected '\(word)'") }
            i += 1
        }
        return result
    }

    mutating func number() throws(JSONParseError) -> JSONValue {
        let start = i
        if s[i] == "-" { i += 1 }
        guard i < s.count, ("0"..."9").contains(s[i]) else { throw error("invalid number") }
        if s[i] == "0" { i += 1 } else { digits() }
        if i < s.count, s[i] == "." {
            i += 1
            guard i < s.count, ("0"..."9").contains(s[i]) else { throw error("invalid number: digits expected after '.'") }
            digits()
        }
        if i < s.count, s[i] == "e" || s[i] == "E" {
            i += 1
            if i < s.count, s[i] == "+" || s[i] == "-" { i += 1 }
            guard i < s.count, ("0"..."9").contains(s[i]) else { throw error("invalid number: digits expected in exponent") }
            digits()
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: s[start..<i])
        return .number(text)
    }

    mutating func digits() {
        while i < s.count, ("0"..."9").contains(s[i]) { i += 1 }
    }

    mutating func string() throws(JSONParseError) -> String {
        i += 1
        var out = String.UnicodeScalarView()
        while true {
            guard i < s.count else { throw error("unterminated string") }
            let c = s[i]
            if c == "\"" {
                i += 1
                return String(out)
            }
            if c.value < 0x20 { throw error("control character in string; escape it") }
            if c == "\\" {
                i += 1
                guard i < s.count else { throw error("unterminated escape") }
                switch s[i] {
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "/": out.append("/")
                case "b": out.append("\u{08}")
                case "f": out.append("\u{0C}")
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "t": out.append("\t")
                case "u":
                    let high = try hex4()
                    if (0xD800...0xDBFF).contains(high), i + 2 < s.count, s[i + 1] == "\\", s[i + 2] == "u" {
                        i += 2
                        let low = try hex4()
                        let combined = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                        guard let scalar = Unicode.Scalar(combined) else { throw error("invalid surrogate pair") }
                        out.append(scalar)
                    } else {
                        guard let scalar = Unicode.Scalar(high) else { throw error("invalid \\u escape") }
                        out.append(scalar)
                    }
                default: throw error("invalid escape '\\\(peekText)'")
                }
                i += 1
            } else {
                out.append(c)
                i += 1
            }
        }
    }

    mutating func hex4() throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            i += 1
            guard i < s.count, let digit = Int(String(s[i]), radix: 16) else { throw error("invalid \\u escape") }
            value = value * 16 + UInt32(digit)
        }
        return value
    }

    mutating func array(depth: Int) throws(JSONParseError) -> JSONValue {
        i += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if i < s.count, s[i] == "]" {
            i += 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try value(depth: depth + 1))
            skipWhitespace()
            guard i < s.count else { throw error("unterminated array") }
            if s[i] == "]" {
                i += 1
                return .array(items)
            }
            guard s[i] == "," else { throw error("expected ',' or ']' in array, found '\(peekText)'") }
            i += 1
        }
    }

    mutating func object(depth: Int) throws(JSONParseError) -> JSONValue {
        i += 1
        var members: [(key: String, value: JSONValue)] = []
        var seen = Set<String>()
        skipWhitespace()
        if i < s.count, s[i] == "}" {
            i += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard i < s.count, s[i] == "\"" else { throw error("expected a quoted key, found '\(peekText)'") }
            let keyError = error("")
            let key = try string()
            if !seen.insert(key).inserted {
                throw JSONParseError(message: "duplicate key '\(key)'", line: keyError.line, column: keyError.column)
            }
            skipWhitespace()
            guard i < s.count, s[i] == ":" else { throw error("expected ':' after key '\(key)'") }
            i += 1
            skipWhitespace()
            members.append((key, try value(depth: depth + 1)))
            skipWhitespace()
            guard i < s.count else { throw error("unterminated object") }
            if s[i] == "}" {
                i += 1
                return .sortedObject(members)
            }
            guard s[i] == "," else { throw error("expected ',' or '}' in object, found '\(peekText)'") }
            i += 1
        }
    }
}
