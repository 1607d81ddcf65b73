/// A JSON value, for comparing parsed YAML with the YAML test suite's expected `in.json`.
///
/// Kept internal to the conformance code: the operator itself never needs JSON from this module.
enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses a stream of whitespace-separated JSON values (one per YAML document); nil if malformed.
    static func parseStream(_ bytes: [UInt8]) -> [JSONValue]? {
        var reader = JSONReader(bytes: bytes)
        var values: [JSONValue] = []
        while true {
            reader.skipWhitespace()
            if reader.atEnd { return values }
            guard let value = reader.readValue(depth: 0) else { return nil }
            values.append(value)
        }
    }
}

/// A small recursive-descent JSON reader over bytes.
struct JSONReader {
    let bytes: [UInt8]
    var pos = 0

    var atEnd: Bool { pos >= bytes.count }
    func peek() -> UInt8 { pos < bytes.count ? bytes[pos] : 0 }

    mutating func skipWhitespace() {
        while pos < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[pos]) { pos += 1 }
    }

    mutating func readValue(depth: Int) -> JSONValue? {
        guard depth < 512 else { return nil }
        skipWhitespace()
        switch peek() {
        case UInt8(ascii: "{"):
            pos += 1
            var object: [String: JSONValue] = [:]
            skipWhitespace()
            if peek() == UInt8(ascii: "}") { pos += 1; return .object(object) }
            while true {
                skipWhitespace()
                guard peek() == UInt8(ascii: "\""), let key = readString() else { return nil }
                skipWhitespace()
                guard peek() == UInt8(ascii: ":") else { return nil }
                pos += 1
                guard let value = readValue(depth: depth + 1) else { return nil }
                object[key] = value
                skipWhitespace()
                if peek() == UInt8(ascii: ",") { pos += 1; continue }
                if peek() == UInt8(ascii: "}") { pos += 1; return .object(object) }
                return nil
            }
        case UInt8(ascii: "["):
            pos += 1
            var array: [JSONValue] = []
            skipWhitespace()
            if peek() == UInt8(ascii: "]") { pos += 1; return .array(array) }
            while true {
                guard let value = readValue(depth: depth + 1) else { return nil }
                array.append(value)
                skipWhitespace()
                if peek() == UInt8(ascii: ",") { pos += 1; continue }
                if peek() == UInt8(ascii: "]") { pos += 1; return .array(array) }
                return nil
            }
        case UInt8(ascii: "\""):
            return readString().map(JSONValue.string)
        case UInt8(ascii: "t"): return readWord("true", .bool(true))
        case UInt8(ascii: "f"): return readWord("false", .bool(false))
        case UInt8(ascii: "n"): return readWord("null", .null)
        default:
            let start = pos
            while pos < bytes.count, "+-0123456789.eE".utf8.contains(bytes[pos]) { pos += 1 }
            guard pos > start, let number = Double(String(decoding: bytes[start..<pos], as: UTF8.self)) else { return nil }
            return .number(number)
        }
    }

    mutating func readWord(_ word: String, _ value: JSONValue) -> JSONValue? {
        let w = Array(word.utf8)
        guard pos + w.count <= bytes.count, Array(bytes[pos..<pos + w.count]) == w else { return nil }
        pos += w.count
        return value
    }

    /// Reads a string literal, resolving escapes and surrogate pairs.
    mutating func readString() -> String? {
        pos += 1
        var out: [UInt8] = []
        while pos < bytes.count {
            let b = bytes[pos]
            pos += 1
            if b == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
            guard b == UInt8(ascii: "\\") else { out.append(b); continue }
            guard pos < bytes.count else { return nil }
            let e = bytes[pos]
            pos += 1
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard var code = readHex4() else { return nil }
                if (0xD800..<0xDC00).contains(code), peek() == UInt8(ascii: "\\") {
                    pos += 1
                    guard peek() == UInt8(ascii: "u") else { return nil }
                    pos += 1
                    guard let low = readHex4() else { return nil }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(code) else { return nil }
                out.append(contentsOf: String(Character(scalar)).utf8)
            default: out.append(e)
            }
        }
        return nil
    }

    mutating func readHex4() -> UInt32? {
        guard pos + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Scanner.hexValue(bytes[pos]) else { return nil }
            value = value << 4 | UInt32(digit)
            pos += 1
        }
        return value
    }
}
