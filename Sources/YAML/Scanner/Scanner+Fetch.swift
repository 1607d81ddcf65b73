/// Choosing and producing the next token: whitespace and comments, indentation, indicators.
extension Scanner {
    /// Scans exactly one more token (or the indentation tokens that precede it) into the queue.
    mutating func fetchNextToken() throws(YAMLError) {
        if !streamStartProduced {
            streamStartProduced = true
            simpleKeyAllowed = true
            emit(.streamStart, mark, mark)
            return
        }
        try scanToNextToken()
        try staleSimpleKeys()
        unrollIndent(to: column)
        if atEnd { return fetchStreamEnd() }

        let b = peek()
        if column == 0 {
            if b == UInt8(ascii: "%") { return try fetchDirective() }
            if atDocumentMarker {
                return try fetchDocumentIndicator(start: b == UInt8(ascii: "-"))
            }
        }
        switch b {
        case UInt8(ascii: "["): return try fetchFlowCollectionStart(.flowSequenceStart)
        case UInt8(ascii: "{"): return try fetchFlowCollectionStart(.flowMappingStart)
        case UInt8(ascii: "]"): return try fetchFlowCollectionEnd(.flowSequenceEnd)
        case UInt8(ascii: "}"): return try fetchFlowCollectionEnd(.flowMappingEnd)
        case UInt8(ascii: ","): return try fetchFlowEntry()
        case UInt8(ascii: "-") where isBlankOrEnd(1): return try fetchBlockEntry()
        case UInt8(ascii: "?") where isBlankOrEnd(1) || (flowLevel > 0 && Scanner.isFlowIndicator(peek(1))):
            return try fetchKey()
        case UInt8(ascii: ":") where isValueIndicator: return try fetchValue()
        case UInt8(ascii: "*"): return try fetchAnchor(alias: true)
        case UInt8(ascii: "&"): return try fetchAnchor(alias: false)
        case UInt8(ascii: "!"): return try fetchTag()
        case UInt8(ascii: "|") where flowLevel == 0: return try fetchBlockScalar(literal: true)
        case UInt8(ascii: ">") where flowLevel == 0: return try fetchBlockScalar(literal: false)
        case UInt8(ascii: "'"): return try fetchQuotedScalar(double: false)
        case UInt8(ascii: "\""): return try fetchQuotedScalar(double: true)
        default: break
        }
        if canStartPlainScalar { return try fetchPlainScalar() }
        if b == UInt8(ascii: "\t") { throw .tabIndentation(at: mark) }
        throw .syntax("unexpected character \(currentCharacterDescription); it cannot start a plain scalar, so quote the value", at: mark)
    }

    /// Whether a `:` here is the value indicator (not part of a plain scalar).
    var isValueIndicator: Bool {
        if isBlankOrEnd(1) { return true }
        guard flowLevel > 0 else { return false }
        return Scanner.isFlowIndicator(peek(1)) || jsonLikeTokenNumber == tokensTaken + tokens.count - head
    }

    /// Whether a plain scalar may start here (YAML 1.2 `ns-plain-first`).
    var canStartPlainScalar: Bool {
        let b = peek()
        switch b {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
            let next = peek(1)
            if isBlankOrEnd(1) { return false }
            return flowLevel == 0 || !Scanner.isFlowIndicator(next)
        case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
            UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
            UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
            UInt8(ascii: "`"), 0x20, 0x09, 0x0A, 0x0D:
            return false
        default:
            // Control characters were rejected by `UTF8Validator`; anything else may start a plain scalar.
            return !atEnd
        }
    }

    /// Skips spaces, separating tabs, comments and line breaks up to the next token.
    ///
    /// Tabs may separate tokens but never indent: the offset of content preceded by a tab is kept so
    /// that a block collection starting there can be rejected (`tab-indentation`), and in flow context
    /// a continuation line must be indented past the parent block by spaces.
    mutating func scanToNextToken() throws(YAMLError) {
        var crossedBreak = false
        var spaceColumn = column
        var sawTab = false
        while true {
            while peek() == 0x20 { skip() }
            spaceColumn = column
            if peek() == 0x09 {
                sawTab = true
                while Scanner.isBlank(peek()) { skip() }
            }
            if peek() == UInt8(ascii: "#") {
                if pos > startOffset && !Scanner.isBlank(base[pos - 1]) && !Scanner.isBreak(base[pos - 1]) {
                    throw .syntax("a comment must be separated from the value before it by a space", at: mark)
                }
                while !atBreakOrEnd { skip() }
            }
            guard Scanner.isBreak(peek()) else { break }
            skipBreak()
            crossedBreak = true
            sawTab = false
            if flowLevel == 0 { simpleKeyAllowed = true }
        }
        tabSeparatedOffset = sawTab && flowLevel == 0 ? pos : -1
        if crossedBreak && flowLevel > 0 && spaceColumn <= indent && !atEnd {
            if column != spaceColumn { throw .tabIndentation(at: Mark(line: line, column: spaceColumn + 1, offset: pos)) }
            throw .indentation(
                "flow collection content at column \(column + 1) must be indented more than its parent block (column \(indent + 1))",
                at: mark)
        }
    }

    /// Rejects a block collection entry or key that only tabs separate from the indentation or indicator before it.
    func checkNoTabBefore(offset: Int, at start: Mark) throws(YAMLError) {
        if flowLevel == 0 && offset == tabSeparatedOffset {
            throw .tabIndentation(at: start)
        }
    }

    /// Closes block collections deeper than `column` with `blockEnd` tokens.
    mutating func unrollIndent(to column: Int) {
        guard flowLevel == 0 else { return }
        while indent > column {
            emit(.blockEnd, mark, mark)
            indent = indents.removeLast()
        }
    }

    /// Opens a block collection at `column` if it is deeper than the current one.
    mutating func rollIndent(to column: Int, number: Int?, kind: Token.Kind, at start: Mark) {
        guard flowLevel == 0, indent < column else { return }
        indents.append(indent)
        indent = column
        let token = Token(kind, start: start, end: start)
        if let number { insert(consume token, atNumber: number) } else { tokens.append(consume token) }
    }

    // MARK: Simple keys

    /// Forgets possible keys that can no longer be keys (another line, or too far away).
    mutating func staleSimpleKeys() throws(YAMLError) {
        for i in simpleKeys.indices where simpleKeys[i].possible {
            let key = simpleKeys[i]
            if key.mark.line != line || pos - key.mark.offset > 1024 {
                if key.required {
                    throw .syntax("expected ':' after the mapping key; an implicit key must be on one line", at: key.mark)
                }
                simpleKeys[i].possible = false
            }
        }
    }

    /// Remembers that an implicit key may start at the current position.
    mutating func saveSimpleKey() throws(YAMLError) {
        guard simpleKeyAllowed else { return }
        let required = flowLevel == 0 && indent == column
        try removeSimpleKey()
        simpleKeys[flowLevel] = SimpleKey(
            possible: true, required: required, tokenNumber: tokensTaken + (tokens.count - head), mark: mark,
            afterTab: pos == tabSeparatedOffset)
    }

    /// Drops the possible key of the current level; an error if it was required.
    mutating func removeSimpleKey() throws(YAMLError) {
        let key = simpleKeys[flowLevel]
        if key.possible && key.required {
            throw .syntax("expected ':' after the mapping key", at: key.mark)
        }
        simpleKeys[flowLevel].possible = false
    }

    // MARK: Indicators

    mutating func fetchStreamEnd() {
        if column != 0 {
            column = 0
            line += 1
        }
        unrollIndent(to: -1)
        simpleKeys[flowLevel].possible = false
        simpleKeyAllowed = false
        streamEndProduced = true
        emit(.streamEnd, mark, mark)
    }

    mutating func fetchDocumentIndicator(start: Bool) throws(YAMLError) {
        unrollIndent(to: -1)
        try removeSimpleKey()
        simpleKeyAllowed = false
        let begin = mark
        skip(); skip(); skip()
        emit(start ? .documentStart : .documentEnd, begin, mark)
        if !start {
            while Scanner.isBlank(peek()) { skip() }
            if !(atBreakOrEnd || peek() == UInt8(ascii: "#")) {
                throw .syntax("expected a comment or a line break after '...', found \(currentCharacterDescription)", at: mark)
            }
        }
    }

    mutating func fetchFlowCollectionStart(_ kind: Token.Kind) throws(YAMLError) {
        try saveSimpleKey()
        flowLevel += 1
        if simpleKeys.count <= flowLevel { simpleKeys.append(SimpleKey()) } else { simpleKeys[flowLevel] = SimpleKey() }
        simpleKeyAllowed = true
        let begin = mark
        skip()
        emit(kind, begin, mark)
    }

    mutating func fetchFlowCollectionEnd(_ kind: Token.Kind) throws(YAMLError) {
        try removeSimpleKey()
        if flowLevel > 0 {
            simpleKeys[flowLevel] = SimpleKey()
            flowLevel -= 1
        }
        simpleKeyAllowed = false
        let begin = mark
        skip()
        emit(kind, begin, mark)
        if flowLevel > 0 { jsonLikeTokenNumber = tokensTaken + tokens.count - head }
        try checkAfterJSONLikeValue()
    }

    /// After a quoted scalar or a flow collection, only a separator, `:`, or (in flow) `,` `]` `}` may follow.
    func checkAfterJSONLikeValue() throws(YAMLError) {
        let b = peek()
        if isBlankOrEnd() || b == UInt8(ascii: ":") { return }
        if flowLevel > 0 && Scanner.isFlowIndicator(b) { return }
        if b == UInt8(ascii: "#") {
            throw .syntax("a comment must be separated from the value before it by a space", at: mark)
        }
        throw .syntax("unexpected \(currentCharacterDescription) right after a quoted or flow value; expected a space, ':' or a line break", at: mark)
    }

    mutating func fetchFlowEntry() throws(YAMLError) {
        try removeSimpleKey()
        simpleKeyAllowed = true
        let begin = mark
        skip()
        emit(.flowEntry, begin, mark)
    }

    mutating func fetchBlockEntry() throws(YAMLError) {
        if flowLevel > 0 {
            throw .syntax("'-' sequence entries are not allowed inside a flow collection; use ','", at: mark)
        }
        if !simpleKeyAllowed {
            throw .syntax("a block sequence entry ('- ') is not allowed here; start it on a new line", at: mark)
        }
        try checkNoTabBefore(offset: pos, at: mark)
        rollIndent(to: column, number: nil, kind: .blockSequenceStart, at: mark)
        try removeSimpleKey()
        simpleKeyAllowed = true
        let begin = mark
        skip()
        emit(.blockEntry, begin, mark)
    }

    mutating func fetchKey() throws(YAMLError) {
        if flowLevel == 0 {
            if !simpleKeyAllowed {
                throw .syntax("an explicit key ('? ') is not allowed here; start it on a new line", at: mark)
            }
            try checkNoTabBefore(offset: pos, at: mark)
            rollIndent(to: column, number: nil, kind: .blockMappingStart, at: mark)
        }
        try removeSimpleKey()
        simpleKeyAllowed = flowLevel == 0
        let begin = mark
        skip()
        emit(.key, begin, mark)
    }

    mutating func fetchValue() throws(YAMLError) {
        let key = simpleKeys[flowLevel]
        if key.possible {
            if key.afterTab && flowLevel == 0 { throw .tabIndentation(at: key.mark) }
            insert(Token(.key, start: key.mark, end: key.mark), atNumber: key.tokenNumber)
            rollIndent(to: key.mark.column - 1, number: key.tokenNumber, kind: .blockMappingStart, at: key.mark)
            simpleKeys[flowLevel].possible = false
            simpleKeyAllowed = false
        } else {
            if flowLevel == 0 {
                if let scalar = multiLineScalar, (scalar.end..<pos).allSatisfy({ Scanner.isBlank(base[$0]) }) {
                    throw .syntax(
                        "a mapping key must fit on one line, but the scalar started at \(scalar.start) continues onto this line; check the indentation",
                        at: mark)
                }
                if !simpleKeyAllowed {
                    throw .syntax("a mapping value (': ') is not allowed here; a nested mapping must start on a new line", at: mark)
                }
                try checkNoTabBefore(offset: pos, at: mark)
                rollIndent(to: column, number: nil, kind: .blockMappingStart, at: mark)
            }
            simpleKeyAllowed = flowLevel == 0
        }
        let begin = mark
        skip()
        emit(.value, begin, mark)
    }
}
