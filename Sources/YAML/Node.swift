/// A position in YAML source: 1-based line and column (in Unicode scalars), 0-based byte offset.
public struct Mark: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in Unicode scalars (what an editor shows).
    public var column: Int
    /// 0-based offset in the UTF-8 bytes of the input.
    public var offset: Int

    /// Creates a mark.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// `line:column`, the form messages and editors use.
    public var description: String { "\(line):\(column)" }

    /// Source order.
    public static func < (a: Mark, b: Mark) -> Bool { a.offset < b.offset }
}

/// How a scalar was written. The schema, not the parser, decides its type,
/// so the style is kept: `"no"` and `no` are the same text but a schema may
/// warn about one of them.
public enum ScalarStyle: String, Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// A scalar's text (escapes resolved, folding applied) and how it was written.
public struct Scalar: Sendable, Hashable {
    /// The scalar's value as text. No implicit typing: `012345678901` stays this string.
    public var text: String
    /// How it was written.
    public var style: ScalarStyle

    /// Creates a scalar.
    public init(text: String, style: ScalarStyle) {
        self.text = text
        self.style = style
    }
}

/// One key/value entry of a mapping, in source order.
public struct Pair: Sendable {
    /// The key node (usually a scalar).
    public var key: Node
    /// The value node.
    public var value: Node

    /// Creates a pair.
    public init(key: Node, value: Node) {
        self.key = key
        self.value = value
    }
}

/// A YAML node with the place it came from.
///
/// Aliases are resolved when the document is composed (an alias becomes a
/// copy of its anchored node, keeping the alias's own mark), with a cap on the
/// total expansion so billion-laughs input fails fast.
public struct Node: Sendable {
    /// What the node holds.
    public enum Value: Sendable {
        /// A scalar: text and style.
        case scalar(Scalar)
        /// A sequence, in order.
        case sequence([Node])
        /// A mapping, in source order; duplicate keys were rejected by the parser.
        case mapping([Pair])
    }

    /// The node's content.
    public var value: Value
    /// The tag as written, resolved against `%TAG` handles (`!Ref`, `tag:yaml.org,2002:str`); nil when untagged.
    public var tag: String?
    /// The anchor name, when the node was anchored (`&name`).
    public var anchor: String?
    /// Where the node starts (its first character, after any tag or anchor).
    public var start: Mark
    /// Where the node ends (one past its last character).
    public var end: Mark

    /// Creates a node.
    public init(_ value: Value, tag: String? = nil, anchor: String? = nil, start: Mark, end: Mark) {
        self.value = value
        self.tag = tag
        self.anchor = anchor
        self.start = start
        self.end = end
    }

    /// The scalar, if this is one.
    public var scalar: Scalar? {
        if case .scalar(let s) = value { return s }
        return nil
    }

    /// The items, if this is a sequence.
    public var sequence: [Node]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// The pairs, if this is a mapping.
    public var mapping: [Pair]? {
        if case .mapping(let pairs) = value { return pairs }
        return nil
    }

    /// The value of the first pair whose key is the scalar `key`, for mappings.
    public subscript(key: String) -> Node? {
        mapping?.first { $0.key.scalar?.text == key }?.value
    }

    /// True for an empty plain scalar or plain `~`/`null`/`Null`/`NULL` without a tag, or a `!!null` tag:
    /// the YAML 1.2 core schema's null, the one implicit type a schema-free reader must know.
    public var isNull: Bool {
        if tag == "tag:yaml.org,2002:null" { return true }
        guard tag == nil, let s = scalar, s.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(s.text)
    }

    /// A short name of the node's shape for messages: `scalar`, `sequence` or `mapping`.
    public var kindName: String {
        switch value {
        case .scalar: "scalar"
        case .sequence: "sequence"
        case .mapping: "mapping"
        }
    }
}

/// One document of a YAML stream.
public struct Document: Sendable {
    /// The root node; nil for an empty document (only comments, or `---` with nothing after it).
    public var root: Node?
    /// Where the document starts.
    public var start: Mark
    /// Whether it began with an explicit `---`.
    public var explicitStart: Bool

    /// Creates a document.
    public init(root: Node?, start: Mark, explicitStart: Bool) {
        self.root = root
        self.start = start
        self.explicitStart = explicitStart
    }
}

/// A YAML syntax error (or a limit hit) with the place it was found.
public struct YAMLError: Error, Sendable, CustomStringConvertible {
    /// A stable code such as `duplicate-key`, `tab-indentation`, `alias-limit`, `depth-limit`, `syntax`.
    public var code: String
    /// What is wrong and, where it helps, what would be valid. Lower-case.
    public var message: String
    /// Where.
    public var mark: Mark
    /// A second place that matters (the first occurrence of a duplicate key).
    public var related: Mark?

    /// Creates an error.
    public init(code: String, message: String, mark: Mark, related: Mark? = nil) {
        self.code = code
        self.message = message
        self.mark = mark
        self.related = related
    }

    /// `line:column: message`.
    public var description: String { "\(mark): \(message)" }
}

/// Limits that keep hostile input from exhausting the process.
public struct YAMLLimits: Sendable {
    /// Maximum nesting depth of collections.
    public var maxDepth: Int
    /// Maximum total number of nodes that alias expansion may produce in one document.
    public var maxAliasExpansion: Int

    /// Creates limits.
    public init(maxDepth: Int = 256, maxAliasExpansion: Int = 100_000) {
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
    }

    /// The defaults: deep enough for any manifest, far below what hurts.
    public static let `default` = YAMLLimits()
}
