/// Turns UTF-8 bytes into YAML tokens, on demand.
///
/// The design follows the classic libyaml scanner: indentation becomes explicit block-start and
/// block-end tokens, and implicit ("simple") keys are remembered as *possible* until a `:` confirms them,
/// at which point a `key` token (and, if needed, a `blockMappingStart`) is inserted before them in the
/// queue. It works on bytes, never `Character`s, because manifest validation parses megabytes at a time.
/// The input must already be valid UTF-8 (checked by `YAMLParser`), so slices decode without repair.
struct Scanner {
    /// A remembered place where an implicit key may start.
    struct SimpleKey {
        /// Whether a key may still start here.
        var possible = false
        /// Whether a key must start here (block context, at the current indentation).
        var required = false
        /// The number of the token that would follow the inserted `key` token.
        var tokenNumber = 0
        /// Where the key would start.
        var mark = Mark(line: 1, column: 1, offset: 0)
        /// Whether only tab-containing whitespace separates it from the indentation or indicator before it.
        var afterTab = false
    }

    /// Keeps `base` alive.
    let input: InputBuffer
    /// The input's bytes, zero-padded so looking a few bytes ahead never leaves the buffer.
    let base: UnsafeMutablePointer<UInt8>
    /// The real input length, without the padding.
    let count: Int
    /// Byte offset of the next character.
    var pos: Int
    /// 1-based line of `pos`.
    var line = 1
    /// 0-based column of `pos`, in Unicode scalars.
    var column = 0

    /// Tokens scanned but not yet taken; `head` is the first live one.
    var tokens: [Token] = []
    /// Index of the first live token in `tokens`.
    var head = 0
    /// How many tokens the composer has taken so far.
    var tokensTaken = 0
    var streamStartProduced = false
    var streamEndProduced = false

    /// The current block indentation column (-1 before any block collection).
    var indent = -1
    /// Enclosing block indentation columns.
    var indents: [Int] = []
    /// Whether an implicit key may start at the current position.
    var simpleKeyAllowed = false
    /// One remembered simple key per flow level (index 0 is the block context).
    var simpleKeys: [SimpleKey] = [SimpleKey()]
    /// Depth of `[`/`{` nesting.
    var flowLevel = 0
    /// The number of tokens emitted when the last quoted scalar or flow collection end was emitted in
    /// flow context: a `:` right after such a "JSON-like" key is a value indicator even without a space.
    var jsonLikeTokenNumber = -1
    /// Offset of the next token when only whitespace containing a tab precedes it on its line or after
    /// an indicator (-1 otherwise): a block collection must not start there.
    var tabSeparatedOffset = -1
    /// The start and end offset of the last plain or quoted scalar that spanned lines in block context,
    /// to explain a `:` after it (a key cannot span lines).
    var multiLineScalar: (start: Mark, end: Int)?
    /// The input offset at which possible keys were last checked for staleness (-1: never).
    var staleCheckedAt = -1
    /// The `tokensTaken` value for which the head token was last found final (-1: not checked).
    var possibleKeyNumberCheckedAt = -1
    /// Offset of the first character after any BOM.
    let startOffset: Int
    /// Scratch buffer reused for scalar text.
    var scratch: [UInt8] = []

    /// A placeholder mark.
    static let origin = Mark(line: 1, column: 1, offset: 0)

    /// Creates a scanner over `input` starting at byte `start` (after a BOM).
    init(_ input: [UInt8], start: Int) {
        self.input = InputBuffer(input)
        base = self.input.base
        count = input.count
        pos = start
        startOffset = start
        scratch.reserveCapacity(256)
    }

    // MARK: Characters

    /// The byte `k` places ahead (0 past the end).
    @inline(__always) func peek(_ k: Int = 0) -> UInt8 { base[pos &+ k] }
    /// Whether the input is exhausted.
    @inline(__always) var atEnd: Bool { pos >= count }
    /// The current position as a mark.
    @inline(__always) var mark: Mark { Mark(line: line, column: column + 1, offset: pos) }

    @inline(__always) static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
    @inline(__always) static func isBreak(_ b: UInt8) -> Bool { b == 0x0A || b == 0x0D }
    @inline(__always) static func isFlowIndicator(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ",") || b == UInt8(ascii: "[") || b == UInt8(ascii: "]")
            || b == UInt8(ascii: "{") || b == UInt8(ascii: "}")
    }
    /// Blank, break, or end of input at offset `k`.
    @inline(__always) func isBlankOrEnd(_ k: Int = 0) -> Bool {
        let b = peek(k)
        return b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || (b == 0 && pos &+ k >= count)
    }
    /// Break or end of input at the current position.
    @inline(__always) var atBreakOrEnd: Bool { Scanner.isBreak(peek()) || atEnd }

    /// Moves past one character (not a line break).
    @inline(__always) mutating func skip() {
        let b = base[pos]
        if b < 0x80 { pos &+= 1 } else if b < 0xE0 { pos &+= 2 } else if b < 0xF0 { pos &+= 3 } else { pos &+= 4 }
        column &+= 1
    }

    /// Moves past one line break (`\n`, `\r\n` or `\r`).
    @inline(__always) mutating func skipBreak() {
        if peek() == 0x0D && peek(1) == 0x0A { pos &+= 2 } else { pos &+= 1 }
        line &+= 1
        column = 0
    }

    /// Appends the current character to `scratch` and moves past it.
    @inline(__always) mutating func take() {
        let start = pos
        skip()
        scratch.append(contentsOf: bytes(start, pos))
    }

    /// Whether a `---` or `...` marker followed by a blank starts at the current position (column 0).
    var atDocumentMarker: Bool {
        guard column == 0 else { return false }
        let b = peek()
        guard b == UInt8(ascii: "-") || b == UInt8(ascii: ".") else { return false }
        return peek(1) == b && peek(2) == b && isBlankOrEnd(3)
    }

    /// A printable description of the current character for messages.
    var currentCharacterDescription: String {
        if atEnd { return "end of input" }
        let b = peek()
        switch b {
        case 0x09: return "a tab"
        case 0x0A, 0x0D: return "a line break"
        case 0x20..<0x7F: return "'\(Character(Unicode.Scalar(b)))'"
        default:
            var end = pos
            let b = base[end]
            end += b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            return "'\(string(pos, min(end, count)))'"
        }
    }

    /// The input bytes from `start` up to `end`.
    @inline(__always) func bytes(_ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + start, count: end - start)
    }

    /// The input from `start` up to `end` as text (the input is valid UTF-8).
    @inline(__always) func string(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes(start, end), as: UTF8.self)
    }

    // MARK: Token queue

    /// The next token, scanning more input if needed.
    mutating func peekToken() throws(YAMLError) -> Token {
        try fetchMoreTokensIfNeeded()
        return tokens[head]
    }

    /// The kind of the next token, without copying the token.
    @inline(__always) mutating func peekKind() throws(YAMLError) -> Token.Kind {
        try fetchMoreTokensIfNeeded()
        return tokens[head].kind
    }

    /// Where the next token starts; only valid right after `peekKind()` or `peekToken()`.
    var headStart: Mark { tokens[head].start }

    /// Takes the next token.
    mutating func nextToken() throws(YAMLError) -> Token {
        try fetchMoreTokensIfNeeded()
        // Moved out rather than copied: saves a retain and release of the token's strings.
        var token = Token(.streamEnd, start: mark, end: mark)
        swap(&token, &tokens[head])
        head += 1
        tokensTaken += 1
        if head == tokens.count {
            tokens.removeAll(keepingCapacity: true)
            head = 0
        }
        return token
    }

    /// Drops the next token, returning only its marks: cheaper than `nextToken()` when the
    /// composer needs no payload (indicators, block starts and ends).
    @discardableResult
    mutating func skipToken() throws(YAMLError) -> (start: Mark, end: Mark) {
        try fetchMoreTokensIfNeeded()
        let marks = (start: tokens[head].start, end: tokens[head].end)
        head += 1
        tokensTaken += 1
        if head == tokens.count {
            tokens.removeAll(keepingCapacity: true)
            head = 0
        }
        return marks
    }

    /// Scans until the head token can no longer be preceded by an inserted `key` token.
    @inline(__always)
    mutating func fetchMoreTokensIfNeeded() throws(YAMLError) {
        if head < tokens.count && possibleKeyNumberCheckedAt == tokensTaken && staleCheckedAt == pos { return }
        try fetchMoreTokensSlowly()
    }

    /// The general case of `fetchMoreTokensIfNeeded()`.
    mutating func fetchMoreTokensSlowly() throws(YAMLError) {
        while true {
            var needMore = head == tokens.count
            if !needMore {
                if staleCheckedAt != pos {
                    try staleSimpleKeys()
                    staleCheckedAt = pos
                }
                for key in simpleKeys where key.possible && key.tokenNumber == tokensTaken {
                    needMore = true
                    break
                }
            }
            if !needMore || streamEndProduced {
                possibleKeyNumberCheckedAt = needMore ? -1 : tokensTaken
                return
            }
            try fetchNextToken()
        }
    }

    /// Appends a token.
    @inline(__always) mutating func emit(_ kind: Token.Kind, _ start: Mark, _ end: Mark) {
        tokens.append(Token(kind, start: start, end: end))
    }

    /// Inserts a token so that it becomes token number `number` of the stream.
    mutating func insert(_ token: consuming Token, atNumber number: Int) {
        tokens.insert(token, at: head + (number - tokensTaken))
    }
}
