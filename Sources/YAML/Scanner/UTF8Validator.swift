/// Checks that input is well-formed UTF-8 with no characters YAML forbids, before scanning.
///
/// Validating once up front lets the scanner decode slices without repair and report the exact
/// line and column of a bad byte.
enum UTF8Validator {
    /// Throws `invalid-utf8` at the first malformed sequence, or `syntax` at a forbidden control character.
    static func validate(_ bytes: [UInt8]) throws(YAMLError) {
        var i = 0
        var line = 1
        var lineStart = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b < 0x20 {
                    if b == 0x0A {
                        line += 1
                        lineStart = i + 1
                    } else if b != 0x09 && b != 0x0D {
                        throw .syntax(
                            "control character U+\(hex(UInt32(b))) is not allowed in YAML; escape it in a double-quoted scalar",
                            at: mark(bytes, i, line, lineStart))
                    }
                } else if b == 0x7F {
                    throw .syntax("control character U+007F is not allowed in YAML; escape it in a double-quoted scalar",
                        at: mark(bytes, i, line, lineStart))
                }
                i += 1
                continue
            }
            let width: Int
            var scalar: UInt32
            if b & 0xE0 == 0xC0 { width = 2; scalar = UInt32(b & 0x1F) }
            else if b & 0xF0 == 0xE0 { width = 3; scalar = UInt32(b & 0x0F) }
            else if b & 0xF8 == 0xF0 { width = 4; scalar = UInt32(b & 0x07) }
            else { throw invalid(bytes, i, line, lineStart) }
            guard i + width <= n else { throw invalid(bytes, i, line, lineStart) }
            for k in 1..<width {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { throw invalid(bytes, i, line, lineStart) }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            let minimum: UInt32 = width == 2 ? 0x80 : width == 3 ? 0x800 : 0x10000
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                throw invalid(bytes, i, line, lineStart)
            }
            i += width
        }
    }

    private static func invalid(_ bytes: [UInt8], _ i: Int, _ line: Int, _ lineStart: Int) -> YAMLError {
        YAMLError(
            code: YAMLError.invalidUTF8Code,
            message: "invalid UTF-8 byte 0x\(hex(UInt32(bytes[i]), width: 2)); the file must be UTF-8 encoded",
            mark: mark(bytes, i, line, lineStart))
    }

    /// The mark of byte `i`, counting columns in scalars from the line start.
    private static func mark(_ bytes: [UInt8], _ i: Int, _ line: Int, _ lineStart: Int) -> Mark {
        var column = 1
        for k in lineStart..<i where bytes[k] & 0xC0 != 0x80 { column += 1 }
        return Mark(line: line, column: column, offset: i)
    }

    private static func hex(_ value: UInt32, width: Int = 4) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
