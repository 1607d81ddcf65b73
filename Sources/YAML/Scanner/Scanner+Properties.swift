/// Anchors, aliases, tags and directives: the tokens that name or qualify nodes and documents.
extension Scanner {
    mutating func fetchAnchor(alias: Bool) throws(YAMLError) {
        try saveSimpleKey()
        simpleKeyAllowed = false
        let start = mark
        skip()
        let nameStart = pos
        while !isBlankOrEnd() && !Scanner.isFlowIndicator(peek()) { skip() }
        if pos == nameStart {
            throw .syntax("expected \(alias ? "an alias" : "an anchor") name after '\(alias ? "*" : "&")'", at: mark)
        }
        let name = string(nameStart, pos)
        tokens.append(Token(alias ? .alias : .anchor, start: start, end: mark, text: name))
    }

    /// Whether `b` may appear in a URI (YAML's `ns-uri-char`, with `%` escapes checked separately).
    static func isURIChar(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return true
        default:
            return "-%#;/?:@&=+$,_.!~*'()[]".utf8.contains(b)
        }
    }

    /// Whether `b` may appear in a tag suffix (`ns-tag-char`: a URI char, but no `!` or flow indicator).
    static func isTagChar(_ b: UInt8) -> Bool {
        isURIChar(b) && b != UInt8(ascii: "!") && !isFlowIndicator(b)
    }

    mutating func fetchTag() throws(YAMLError) {
        try saveSimpleKey()
        simpleKeyAllowed = false
        let start = mark
        var handle = "!"
        var suffix = ""
        if peek(1) == UInt8(ascii: "<") {
            skip(); skip()
            suffix = try scanURI(allowingBang: true, stopAtFlow: false)
            guard peek() == UInt8(ascii: ">") else {
                throw .syntax("expected '>' to close the verbatim tag, found \(currentCharacterDescription)", at: mark)
            }
            skip()
            handle = ""
            if suffix.isEmpty { throw .syntax("a verbatim tag '!<…>' must not be empty", at: start) }
        } else {
            skip()
            var k = 0
            while Scanner.isWordChar(peek(k)) { k += 1 }
            if peek(k) == UInt8(ascii: "!") {
                let nameStart = pos
                for _ in 0...k { skip() }
                handle = "!" + string(nameStart, pos)
            }
            suffix = try scanURI(allowingBang: false, stopAtFlow: true)
            if handle != "!" && suffix.isEmpty {
                throw .syntax("expected a tag suffix after '\(handle)'", at: mark)
            }
        }
        if !isBlankOrEnd() && !(flowLevel > 0 && Scanner.isFlowIndicator(peek())) {
            throw .syntax("expected a space after the tag, found \(currentCharacterDescription)", at: mark)
        }
        tokens.append(Token(.tag, start: start, end: mark, text: handle, detail: suffix))
    }

    /// Whether `b` may appear in a tag handle name (`ns-word-char`).
    static func isWordChar(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "-"):
            true
        default: false
        }
    }

    /// Scans URI characters, decoding `%XX` escapes.
    mutating func scanURI(allowingBang: Bool, stopAtFlow: Bool) throws(YAMLError) -> String {
        var out: [UInt8] = []
        while true {
            let b = peek()
            let ok = allowingBang ? Scanner.isURIChar(b) && b != UInt8(ascii: ">") : Scanner.isTagChar(b)
            guard ok else { break }
            if b == UInt8(ascii: "%") {
                guard let hi = Scanner.hexValue(peek(1)), let lo = Scanner.hexValue(peek(2)) else {
                    throw .syntax("a '%' in a tag must be followed by two hexadecimal digits", at: mark)
                }
                out.append(hi << 4 | lo)
                skip(); skip(); skip()
            } else {
                out.append(b)
                skip()
            }
        }
        guard let text = String(validating: out, as: UTF8.self) else {
            throw YAMLError(code: YAMLError.invalidUTF8Code, message: "a tag's %-escapes do not decode to UTF-8", mark: mark)
        }
        return text
    }

    // MARK: Directives

    mutating func fetchDirective() throws(YAMLError) {
        unrollIndent(to: -1)
        try removeSimpleKey()
        simpleKeyAllowed = false
        let start = mark
        skip()
        let nameStart = pos
        while !isBlankOrEnd() { skip() }
        let name = string(nameStart, pos)
        while Scanner.isBlank(peek()) { skip() }
        switch name {
        case "YAML":
            let major = try scanVersionNumber()
            guard peek() == UInt8(ascii: ".") else {
                throw YAMLError(code: YAMLError.invalidDirectiveCode, message: "expected a version like '1.2' after %YAML", mark: mark)
            }
            skip()
            let minor = try scanVersionNumber()
            var token = Token(.versionDirective, start: start, end: mark)
            token.major = major
            token.minor = minor
            tokens.append(token)
        case "TAG":
            let handleStart = pos
            while !isBlankOrEnd() { skip() }
            let handle = string(handleStart, pos)
            guard handle.hasPrefix("!") && handle.hasSuffix("!") else {
                throw YAMLError(
                    code: YAMLError.invalidDirectiveCode,
                    message: "a %TAG handle must look like '!', '!!' or '!name!', found '\(handle)'", mark: mark)
            }
            while Scanner.isBlank(peek()) { skip() }
            let prefix = try scanURI(allowingBang: true, stopAtFlow: false)
            if prefix.isEmpty {
                throw YAMLError(code: YAMLError.invalidDirectiveCode, message: "expected a tag prefix after '%TAG \(handle)'", mark: mark)
            }
            tokens.append(Token(.tagDirective, start: start, end: mark, text: handle, detail: prefix))
        default:
            // Reserved directives are ignored, as the specification asks.
            while !atBreakOrEnd { skip() }
        }
        let hadSpace = Scanner.isBlank(peek())
        while Scanner.isBlank(peek()) { skip() }
        if peek() == UInt8(ascii: "#") && hadSpace { while !atBreakOrEnd { skip() } }
        if !atBreakOrEnd {
            throw YAMLError(
                code: YAMLError.invalidDirectiveCode,
                message: "unexpected \(currentCharacterDescription) after the %\(name) directive", mark: mark)
        }
    }

    /// Scans the decimal digits of a %YAML version part.
    mutating func scanVersionNumber() throws(YAMLError) -> Int {
        var value = 0
        var digits = 0
        while peek() >= UInt8(ascii: "0") && peek() <= UInt8(ascii: "9") && digits < 9 {
            value = value * 10 + Int(peek() - UInt8(ascii: "0"))
            digits += 1
            skip()
        }
        if digits == 0 {
            throw YAMLError(code: YAMLError.invalidDirectiveCode, message: "expected a version number like '1.2' after %YAML", mark: mark)
        }
        return value
    }
}
