/// One token of the YAML scanner: the grammar's terminals, with where they were found.
///
/// The scanner turns indentation into explicit `blockMappingStart`/`blockEnd` tokens and inserts
/// `key` tokens for implicit keys, so the composer can be a plain recursive-descent parser.
struct Token {
    /// What kind of token. Payloads live in the token's fields, so tokens copy without boxing.
    enum Kind: UInt8 {
        case streamStart
        case streamEnd
        /// `%YAML major.minor`: `major` and `minor` are set.
        case versionDirective
        /// `%TAG handle prefix`: `text` is the handle, `detail` the prefix.
        case tagDirective
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
        /// `*name`: `text` is the name.
        case alias
        /// `&name`: `text` is the name.
        case anchor
        /// `!handle!suffix`: `text` is the handle (empty for a verbatim tag), `detail` the suffix.
        case tag
        /// A scalar: `text` and `style`.
        case scalar
    }

    /// The token's kind.
    var kind: Kind
    /// Where it starts.
    var start: Mark
    /// One past where it ends.
    var end: Mark
    /// Scalar text, alias or anchor name, or tag handle.
    var text = ""
    /// Tag suffix or `%TAG` prefix.
    var detail = ""
    /// A scalar's style.
    var style = ScalarStyle.plain
    /// `%YAML` version parts.
    var major = 0
    var minor = 0

    /// Creates a token.
    init(_ kind: Kind, start: Mark, end: Mark, text: String = "", detail: String = "", style: ScalarStyle = .plain) {
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.detail = detail
        self.style = style
    }

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
        case .key: start == end ? "a mapping key" : "'?'"
        case .value: "':'"
        case .alias: "alias '*\(text)'"
        case .anchor: "anchor '&\(text)'"
        case .tag: "a tag"
        case .scalar: "scalar \"\(Token.clip(text))\""
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
