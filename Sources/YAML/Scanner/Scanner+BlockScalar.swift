/// Literal (`|`) and folded (`>`) block scalars with chomping and indentation indicators.
extension Scanner {
    /// How a block scalar treats its final line breaks.
    enum Chomping { case clip, strip, keep }

    mutating func fetchBlockScalar(literal: Bool) throws(YAMLError) {
        try removeSimpleKey()
        simpleKeyAllowed = true
        let token = try scanBlockScalar(literal: literal)
        tokens.append(consume token)
    }

    /// Scans the header (`|+2`, `>-`), then the content lines at the detected or given indentation.
    mutating func scanBlockScalar(literal: Bool) throws(YAMLError) -> Token {
        let start = mark
        skip()
        var chomping = Chomping.clip
        var increment = 0
        for _ in 0..<2 {
            let b = peek()
            if b == UInt8(ascii: "+") || b == UInt8(ascii: "-") {
                chomping = b == UInt8(ascii: "+") ? .keep : .strip
                skip()
            } else if b >= UInt8(ascii: "1") && b <= UInt8(ascii: "9") && increment == 0 {
                increment = Int(b - UInt8(ascii: "0"))
                skip()
            } else if b == UInt8(ascii: "0") {
                throw .syntax("a block scalar indentation indicator must be 1 to 9, found '0'", at: mark)
            }
        }
        let hadSpace = Scanner.isBlank(peek())
        while Scanner.isBlank(peek()) { skip() }
        if peek() == UInt8(ascii: "#") {
            if !hadSpace {
                throw .syntax("a comment must be separated from the block scalar header by a space", at: mark)
            }
            while !atBreakOrEnd { skip() }
        }
        if !atBreakOrEnd {
            throw .syntax(
                "expected a comment or a line break after the block scalar header, found \(currentCharacterDescription)",
                at: mark)
        }
        if !atEnd { skipBreak() }

        var blockIndent = increment == 0 ? -1 : indent >= 0 ? indent + increment : increment
        var end = mark
        scratch.removeAll(keepingCapacity: true)
        var breaks = try scanBlockScalarBreaks(indent: &blockIndent, minIndent: indent + 1, start: start)
        var leadingBreak = false
        var leadingBlank = false
        while column == blockIndent && !atEnd && !atDocumentMarker {
            let trailingBlank = Scanner.isBlank(peek())
            if !literal && leadingBreak && !leadingBlank && !trailingBlank {
                if breaks == 0 { scratch.append(0x20) }
            } else if leadingBreak {
                scratch.append(0x0A)
            }
            for _ in 0..<breaks { scratch.append(0x0A) }
            breaks = 0
            leadingBlank = Scanner.isBlank(peek())
            let lineStart = pos
            while !atBreakOrEnd { if peek() < 0x80 { pos &+= 1; column &+= 1 } else { skip() } }
            scratch.append(contentsOf: bytes(lineStart, pos))
            end = mark
            if atEnd {
                // A last line without a line break is chomped as if it had one (the suite's L24T).
                leadingBreak = true
                break
            }
            skipBreak()
            leadingBreak = true
            end = mark
            breaks = try scanBlockScalarBreaks(indent: &blockIndent, minIndent: indent + 1, start: start)
        }
        if chomping != .strip && leadingBreak { scratch.append(0x0A) }
        if chomping == .keep {
            for _ in 0..<breaks { scratch.append(0x0A) }
        }
        if chomping == .keep && breaks > 0 { end = mark }
        let text = String(decoding: scratch, as: UTF8.self)
        return Token(.scalar, start: start, end: end, text: text, style: literal ? .literal : .folded)
    }

    /// Skips empty lines (counting them) and the indentation of the next content line; detects the
    /// indentation from the first content line when `indent` is still -1.
    mutating func scanBlockScalarBreaks(indent blockIndent: inout Int, minIndent: Int, start: Mark) throws(YAMLError) -> Int {
        var breaks = 0
        var maxEmptyIndent = 0
        while true {
            while (blockIndent < 0 || column < blockIndent) && peek() == 0x20 { skip() }
            if blockIndent < 0 && column > maxEmptyIndent && atBreakOrEnd { maxEmptyIndent = column }
            if peek() == 0x09 && (blockIndent < 0 ? column < minIndent : column < blockIndent) {
                throw .tabIndentation(at: mark)
            }
            guard Scanner.isBreak(peek()) else { break }
            skipBreak()
            breaks += 1
        }
        if blockIndent < 0 {
            if atEnd || atDocumentMarker {
                blockIndent = max(minIndent, max(maxEmptyIndent, 1))
            } else {
                blockIndent = max(column, minIndent)
                if maxEmptyIndent > column {
                    throw .indentation(
                        "a leading empty line of the block scalar started at \(start) has more spaces than its first content line",
                        at: mark)
                }
            }
        }
        return breaks
    }
}
