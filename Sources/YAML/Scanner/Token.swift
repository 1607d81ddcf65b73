/// One token of the YAML scanner: the grammar's terminals, with where they were found.
///
/// The scanner turns indentation into explicit `blockMappingStart`/`blockEnd` tokens and inserts
/// `key` tokens for implicit keys, so the composer can be a plain recursive-descent parser.
struct Token {
    /// What kind of token, with its payload.
    enum Kind {
        case streamStart
        case streamEnd
        case versionDirective(major: Int, minor: Int)
        case tagDirective(handle: String, prefix: String)
        case documentStart
        case documentEnd
        case blockSequenceStart
        case blockMappingStart
        case blockEnd
        case flowSequenceStart
        case flowSequenceEnd
        case flowMappingStart
        case flowMappingEnd
        case blockEntry
        case flowEntry
        case key
        case value
        case alias(String)
        case anchor(String)
        case tag(handle: String, suffix: String)
        case scalar(String, ScalarStyle)
    }

    /// The token's kind and payload.
    var kind: Kind
    /// Where it starts.
    var start: Mark
    /// One past where it ends.
    var end: Mark

    /// A short description for error messages ("':'", "end of input", "a scalar").
    var summary: String {
        switch kind {
        case .streamStart: "start of input"
        case .streamEnd: "end of input"
        case .versionDirective: "a %YAML directive"
        case .tagDirective: "a %TAG directive"
        case .documentStart: "'---'"
        case .documentEnd: "'...'"
        case .blockSequenceStart: "a block sequence"
        case .blockMappingStart: "a block mapping"
        case .blockEnd: "the end of a block collection"
        case .flowSequenceStart: "'['"
        case .flowSequenceEnd: "']'"
        case .flowMappingStart: "'{'"
        case .flowMappingEnd: "'}'"
        case .blockEntry: "'-'"
        case .flowEntry: "','"
        case .key: "'?'"
        case .value: "':'"
        case .alias(let name): "alias '*\(name)'"
        case .anchor(let name): "anchor '&\(name)'"
        case .tag: "a tag"
        case .scalar(let text, _): "scalar \"\(Token.clip(text))\""
        }
    }

    /// Shortens quoted input so a message stays one readable line.
    static func clip(_ text: String) -> String {
        let oneLine = text.replacingNewlines()
        return oneLine.unicodeScalars.count > 40 ? String(String.UnicodeScalarView(oneLine.unicodeScalars.prefix(40))) + "…" : oneLine
    }
}

extension String {
    /// The string with line breaks shown as `\n`, for one-line messages.
    func replacingNewlines() -> String {
        guard utf8.contains(10) else { return self }
        var out = ""
        for scalar in unicodeScalars {
            if scalar == "\n" { out += "\\n" } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
