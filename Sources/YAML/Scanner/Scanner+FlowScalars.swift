/// Plain and quoted scalars: the flow scalar styles, with YAML's line folding.
extension Scanner {
    mutating func fetchPlainScalar() throws(YAMLError) {
        try saveSimpleKey()
        simpleKeyAllowed = false
        tokens.append(try scanPlainScalar())
    }

    mutating func fetchQuotedScalar(double: Bool) throws(YAMLError) {
        try saveSimpleKey()
        simpleKeyAllowed = false
        let token = try scanQuotedScalar(double: double)
        if flowLevel == 0 && token.start.line != token.end.line { multiLineScalar = (token.start, token.end.offset) }
        tokens.append(consume token)
        if flowLevel > 0 { jsonLikeTokenNumber = tokensTaken + tokens.count - head }
        try checkAfterJSONLikeValue()
    }

    /// Scans a plain scalar, folding its lines; stops at `: `, ` #`, flow indicators (in flow context),
    /// a document marker, or a line indented no deeper than the enclosing block.
    mutating func scanPlainScalar() throws(YAMLError) -> Token {
        let start = mark
        var end = mark
        // Text on one line is a slice of the input; `scratch` is only used once lines are folded.
        var folding = false
        let minIndent = indent + 1
        var pendingBreaks = 0
        var pendingSpaceStart = -1
        var pendingSpaceEnd = -1
        var crossedLine = false
        while true {
            if atDocumentMarker || peek() == UInt8(ascii: "#") { break }
            let chunkStart = pos
            while !isBlankOrEnd() {
                let b = peek()
                if b == UInt8(ascii: ":") {
                    if isBlankOrEnd(1) || (flowLevel > 0 && Scanner.isFlowIndicator(peek(1))) { break }
                } else if flowLevel > 0 && Scanner.isFlowIndicator(b) {
                    break
                }
                if b < 0x80 { pos &+= 1; column &+= 1 } else { skip() }
            }
            if pos == chunkStart { break }
            if pendingBreaks > 0 {
                if !folding {
                    scratch.removeAll(keepingCapacity: true)
                    scratch.append(contentsOf: bytes(start.offset, end.offset))
                    folding = true
                }
                if pendingBreaks == 1 {
                    scratch.append(0x20)
                } else {
                    for _ in 1..<pendingBreaks { scratch.append(0x0A) }
                }
                scratch.append(contentsOf: bytes(chunkStart, pos))
            } else if folding {
                if pendingSpaceStart >= 0 { scratch.append(contentsOf: bytes(pendingSpaceStart, pendingSpaceEnd)) }
                scratch.append(contentsOf: bytes(chunkStart, pos))
            }
            end = mark
            pendingBreaks = 0
            pendingSpaceStart = -1
            guard Scanner.isBlank(peek()) || Scanner.isBreak(peek()) else { break }
            // Whitespace between chunks: kept if the line goes on, folded if it breaks.
            pendingSpaceStart = pos
            while Scanner.isBlank(peek()) { skip() }
            pendingSpaceEnd = pos
            while Scanner.isBreak(peek()) {
                skipBreak()
                pendingBreaks += 1
                crossedLine = true
                while peek() == 0x20 { skip() }
                if peek() == 0x09 {
                    if flowLevel == 0 && column < minIndent {
                        let tabStart = mark
                        while Scanner.isBlank(peek()) { skip() }
                        if !atBreakOrEnd && peek() != UInt8(ascii: "#") && column >= minIndent {
                            throw .tabIndentation(at: tabStart)
                        }
                    } else {
                        while Scanner.isBlank(peek()) { skip() }
                    }
                }
            }
            if pendingBreaks > 0 {
                if flowLevel == 0 && column < minIndent { break }
                if flowLevel > 0 && column <= indent && !atEnd {
                    throw .indentation(
                        "flow collection content at column \(column + 1) must be indented more than its parent block (column \(indent + 1))",
                        at: mark)
                }
            }
        }
        if end.offset == start.offset {
            throw .syntax("unexpected character \(currentCharacterDescription); it cannot start a plain scalar, so quote the value", at: start)
        }
        if crossedLine && flowLevel == 0 {
            simpleKeyAllowed = true
            multiLineScalar = (start, end.offset)
        }
        let text = folding ? String(decoding: scratch, as: UTF8.self) : string(start.offset, end.offset)
        return Token(.scalar, start: start, end: end, text: text, style: .plain)
    }

    /// Scans a single- or double-quoted scalar, resolving escapes and folding line breaks.
    mutating func scanQuotedScalar(double: Bool) throws(YAMLError) -> Token {
        let start = mark
        let quote = peek()
        skip()
        scratch.removeAll(keepingCapacity: true)
        while true {
            if atDocumentMarker {
                throw .syntax("document marker inside the quoted scalar started at \(start); close the quote first", at: mark)
            }
            if atEnd {
                throw YAMLError(
                    code: YAMLError.unterminatedScalarCode,
                    message: "unterminated quoted scalar started at \(start)", mark: mark)
            }
            var escapedBreak = false
            while !isBlankOrEnd() {
                let b = peek()
                if b == quote {
                    if !double && peek(1) == quote {
                        scratch.append(quote)
                        pos += 2
                        column += 2
                        continue
                    }
                    break
                }
                if double && b == UInt8(ascii: "\\") {
                    if Scanner.isBreak(peek(1)) {
                        skip()
                        skipBreak()
                        escapedBreak = true
                        break
                    }
                    try scanEscape()
                    continue
                }
                take()
            }
            if peek() == quote { break }
            if atEnd { continue }
            // Whitespace: spaces are kept unless a line break follows; breaks fold.
            let spaceStart = pos
            while Scanner.isBlank(peek()) { skip() }
            let spaceEnd = pos
            var breaks = 0
            var spaceColumn = column
            if escapedBreak {
                while Scanner.isBlank(peek()) { skip() }
            }
            while Scanner.isBreak(peek()) {
                skipBreak()
                breaks += 1
                while peek() == 0x20 { skip() }
                spaceColumn = column
                while Scanner.isBlank(peek()) { skip() }
            }
            if breaks > 0 || escapedBreak {
                try checkQuotedContinuation(start: start, spaceColumn: spaceColumn)
            }
            if escapedBreak {
                for _ in 0..<breaks { scratch.append(0x0A) }
            } else if breaks == 1 {
                scratch.append(0x20)
            } else if breaks > 1 {
                for _ in 1..<breaks { scratch.append(0x0A) }
            } else {
                scratch.append(contentsOf: bytes(spaceStart, spaceEnd))
            }
        }
        skip()
        let text = String(decoding: scratch, as: UTF8.self)
        return Token(.scalar, start: start, end: mark, text: text, style: double ? .doubleQuoted : .singleQuoted)
    }

    /// A continuation line of a quoted scalar in a block collection must be indented into that collection.
    func checkQuotedContinuation(start: Mark, spaceColumn: Int) throws(YAMLError) {
        if atDocumentMarker {
            throw .syntax("document marker inside the quoted scalar started at \(start); close the quote first", at: mark)
        }
        if !atEnd && spaceColumn <= indent {
            if column != spaceColumn { throw .tabIndentation(at: Mark(line: line, column: spaceColumn + 1, offset: pos)) }
            throw .indentation(
                "continuation line of the quoted scalar started at \(start) must be indented more than column \(indent + 1)",
                at: mark)
        }
    }

    /// Resolves one backslash escape of a double-quoted scalar into `scratch`.
    mutating func scanEscape() throws(YAMLError) {
        let escapeMark = mark
        let c = peek(1)
        var simple: UInt8? = nil
        var hexDigits = 0
        switch c {
        case UInt8(ascii: "0"): simple = 0
        case UInt8(ascii: "a"): simple = 7
        case UInt8(ascii: "b"): simple = 8
        case UInt8(ascii: "t"), 0x09: simple = 9
        case UInt8(ascii: "n"): simple = 10
        case UInt8(ascii: "v"): simple = 11
        case UInt8(ascii: "f"): simple = 12
        case UInt8(ascii: "r"): simple = 13
        case UInt8(ascii: "e"): simple = 0x1B
        case 0x20, UInt8(ascii: "\""), UInt8(ascii: "/"), UInt8(ascii: "\\"): simple = c
        case UInt8(ascii: "N"): hexDigits = -0x85
        case UInt8(ascii: "_"): hexDigits = -0xA0
        case UInt8(ascii: "L"): hexDigits = -0x2028
        case UInt8(ascii: "P"): hexDigits = -0x2029
        case UInt8(ascii: "x"): hexDigits = 2
        case UInt8(ascii: "u"): hexDigits = 4
        case UInt8(ascii: "U"): hexDigits = 8
        default:
            skip()
            throw YAMLError(
                code: YAMLError.invalidEscapeCode,
                message: "invalid escape '\\\(currentCharacterDescription.trimmingQuotes)' in a double-quoted scalar",
                mark: escapeMark)
        }
        skip()
        skip()
        if let simple {
            scratch.append(simple)
            return
        }
        var value: UInt32 = 0
        if hexDigits < 0 {
            value = UInt32(-hexDigits)
        } else {
            for _ in 0..<hexDigits {
                guard let digit = Scanner.hexValue(peek()) else {
                    throw YAMLError(
                        code: YAMLError.invalidEscapeCode,
                        message: "escape '\\\(Character(Unicode.Scalar(c)))' needs \(hexDigits) hexadecimal digits, found \(currentCharacterDescription)",
                        mark: escapeMark)
                }
                value = value << 4 | UInt32(digit)
                skip()
            }
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw YAMLError(
                code: YAMLError.invalidEscapeCode,
                message: "escape names U+\(String(value, radix: 16, uppercase: true)), which is not a valid Unicode code point",
                mark: escapeMark)
        }
        scratch.append(contentsOf: String(Character(scalar)).utf8)
    }

    /// The value of a hexadecimal digit.
    static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): b - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

extension String {
    /// The string without the surrounding `'` of a character description.
    var trimmingQuotes: String {
        guard hasPrefix("'"), hasSuffix("'"), count >= 2 else { return self }
        return String(dropFirst().dropLast())
    }
}
