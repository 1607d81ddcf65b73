/// Builds `Document`s and `Node`s from the scanner's tokens by recursive descent.
///
/// Composing directly (no event layer in between) keeps the parser fast and the code short; the
/// grammar is libyaml's, with YAML 1.2 tag resolution. Aliases are resolved here into copies of their
/// anchored node, and every copy is counted against `YAMLLimits.maxAliasExpansion`.
struct Composer {
    /// An anchored node and how many nodes it contains (aliases inside it counted in full).
    struct Anchored {
        var node: Node
        var size: Int
    }

    var scanner: Scanner
    let limits: YAMLLimits
    /// Anchors defined so far in the current document.
    var anchors: [String: Anchored] = [:]
    /// Nodes produced by alias expansion so far in the current document.
    var aliasExpansion = 0
    /// Current collection nesting.
    var depth = 0
    /// `%TAG` handles of the current document.
    var tagHandles: [String: String] = [:]
    /// The end of the last token taken, for the end marks of collections.
    var lastEnd = Mark(line: 1, column: 1, offset: 0)

    /// Creates a composer over a scanner.
    init(scanner: Scanner, limits: YAMLLimits) {
        self.scanner = scanner
        self.limits = limits
    }

    // MARK: Tokens

    mutating func peek() throws(YAMLError) -> Token { try scanner.peekToken() }

    @inline(__always) mutating func peekKind() throws(YAMLError) -> Token.Kind { try scanner.peekKind() }

    /// Takes the next token without copying it, returning its marks.
    @discardableResult
    mutating func advance() throws(YAMLError) -> (start: Mark, end: Mark) {
        let marks = try scanner.skipToken()
        lastEnd = marks.end
        return marks
    }

    @discardableResult
    mutating func next() throws(YAMLError) -> Token {
        let token = try scanner.nextToken()
        lastEnd = token.end
        return token
    }

    // MARK: Stream and documents

    /// Parses the whole stream.
    mutating func composeStream() throws(YAMLError) -> [Document] {
        try advance()  // stream start
        var documents: [Document] = []
        var previousEndedExplicitly = true
        var first = true
        while true {
            var token = try peek()
            var sawEndMarker = false
            while case .documentEnd = token.kind {
                try next()
                sawEndMarker = true
                token = try peek()
            }
            if sawEndMarker { previousEndedExplicitly = true }
            if case .streamEnd = token.kind { break }
            let document = try composeDocument(directivesAllowed: previousEndedExplicitly || first)
            documents.append(document)
            first = false
            previousEndedExplicitly = false
            token = try peek()
            switch token.kind {
            case .documentEnd, .documentStart, .streamEnd: continue
            case .versionDirective, .tagDirective:
                throw YAMLError(
                    code: YAMLError.invalidDirectiveCode,
                    message: "a directive after a document must follow a '...' end marker", mark: token.start)
            default:
                throw .syntax("expected the end of the document, found \(token.summary)", at: token.start)
            }
        }
        return documents
    }

    /// Parses the directives, the optional `---`, and the root node of one document.
    mutating func composeDocument(directivesAllowed: Bool) throws(YAMLError) -> Document {
        anchors = [:]
        aliasExpansion = 0
        tagHandles = [:]
        var sawDirective = false
        var sawVersion = false
        var token = try peek()
        let docStart = token.start
        loop: while true {
            switch token.kind {
            case .versionDirective:
                let major = token.major
                if !directivesAllowed {
                    throw YAMLError(
                        code: YAMLError.invalidDirectiveCode,
                        message: "a directive after a document must follow a '...' end marker", mark: token.start)
                }
                if sawVersion {
                    throw YAMLError(code: YAMLError.invalidDirectiveCode, message: "a document may have only one %YAML directive", mark: token.start)
                }
                if major != 1 {
                    throw YAMLError(
                        code: YAMLError.invalidDirectiveCode,
                        message: "unsupported YAML version \(major).x; this parser reads YAML 1.x", mark: token.start)
                }
                sawVersion = true
            case .tagDirective:
                let handle = token.text
                let prefix = token.detail
                if !directivesAllowed {
                    throw YAMLError(
                        code: YAMLError.invalidDirectiveCode,
                        message: "a directive after a document must follow a '...' end marker", mark: token.start)
                }
                if tagHandles[handle] != nil {
                    throw YAMLError(
                        code: YAMLError.invalidDirectiveCode, message: "tag handle '\(handle)' is declared twice", mark: token.start)
                }
                tagHandles[handle] = prefix
            default:
                break loop
            }
            sawDirective = true
            try next()
            token = try peek()
        }
        if case .documentStart = token.kind {
            try next()
            let after = try peek()
            switch after.kind {
            case .documentStart, .documentEnd, .streamEnd, .versionDirective, .tagDirective:
                return Document(root: nil, start: token.start, explicitStart: true)
            default:
                let (root, _) = try composeNode(block: true, indentlessSequence: false)
                return Document(root: root, start: token.start, explicitStart: true)
            }
        }
        if sawDirective {
            throw YAMLError(code: YAMLError.invalidDirectiveCode, message: "expected '---' after the directives", mark: token.start)
        }
        let (root, _) = try composeNode(block: true, indentlessSequence: false)
        return Document(root: root, start: docStart, explicitStart: false)
    }

    // MARK: Nodes

    /// Parses one node: an alias, or optional properties followed by content.
    /// Returns the node and its size (nodes it contains, itself included) for alias accounting.
    mutating func composeNode(block: Bool, indentlessSequence: Bool) throws(YAMLError) -> (Node, Int) {
        var kind = try peekKind()
        if kind == .alias {
            let token = try next()
            return try resolveAlias(token.text, token: token)
        }
        var anchor: String?
        var tag: String?
        var propertiesStart: Mark?
        while kind == .anchor || kind == .tag {
            let token = try next()
            if token.kind == .anchor {
                if anchor != nil { throw .syntax("a node can have only one anchor", at: token.start) }
                anchor = token.text
            } else {
                if tag != nil { throw .syntax("a node can have only one tag", at: token.start) }
                tag = try resolveTag(handle: token.text, suffix: token.detail, at: token.start)
            }
            if propertiesStart == nil { propertiesStart = token.start }
            kind = try peekKind()
        }
        var result: (Node, Int)
        switch kind {
        case .scalar:
            let token = try next()
            result = (Node(.scalar(Scalar(text: token.text, style: token.style)), tag: tag, anchor: anchor, start: token.start, end: token.end), 1)
        case .flowSequenceStart:
            result = try composeFlowSequence(tag: tag, anchor: anchor)
        case .flowMappingStart:
            result = try composeFlowMapping(tag: tag, anchor: anchor)
        case .blockSequenceStart where block:
            result = try composeBlockSequence(tag: tag, anchor: anchor)
        case .blockMappingStart where block:
            result = try composeBlockMapping(tag: tag, anchor: anchor)
        case .blockEntry where indentlessSequence:
            result = try composeIndentlessSequence(tag: tag, anchor: anchor)
        default:
            guard propertiesStart != nil else {
                let token = try peek()
                throw .syntax("expected a value, found \(token.summary)", at: token.start)
            }
            result = (emptyScalar(at: lastEnd, tag: tag, anchor: anchor), 1)
        }
        if let anchor { anchors[anchor] = Anchored(node: result.0, size: result.1) }
        return result
    }

    /// An empty plain scalar (a null) at `mark`, for a missing key or value.
    func emptyScalar(at mark: Mark, tag: String? = nil, anchor: String? = nil) -> Node {
        Node(.scalar(Scalar(text: "", style: .plain)), tag: tag, anchor: anchor, start: mark, end: mark)
    }

    /// A copy of the anchored node with the alias's marks, counted against the expansion limit.
    mutating func resolveAlias(_ name: String, token: Token) throws(YAMLError) -> (Node, Int) {
        guard let anchored = anchors[name] else {
            throw YAMLError(
                code: YAMLError.undefinedAliasCode,
                message: "alias '*\(name)' refers to no anchor '&\(name)' defined before it in this document",
                mark: token.start)
        }
        aliasExpansion += anchored.size
        if aliasExpansion > limits.maxAliasExpansion {
            throw YAMLError(
                code: YAMLError.aliasLimitCode,
                message: "aliases expand to more than \(limits.maxAliasExpansion) nodes (at '*\(name)'); the document looks like an alias bomb",
                mark: token.start)
        }
        var node = anchored.node
        node.start = token.start
        node.end = token.end
        return (node, anchored.size)
    }

    /// Resolves a tag token against the document's `%TAG` handles.
    func resolveTag(handle: String, suffix: String, at mark: Mark) throws(YAMLError) -> String {
        if handle.isEmpty { return suffix }
        if let prefix = tagHandles[handle] { return prefix + suffix }
        switch handle {
        case "!": return "!" + suffix
        case "!!": return "tag:yaml.org,2002:" + suffix
        default:
            throw YAMLError(
                code: YAMLError.undefinedTagHandleCode,
                message: "tag handle '\(handle)' is not declared; add '%TAG \(handle) <prefix>' before '---'", mark: mark)
        }
    }

    /// Enters a collection, enforcing the depth limit.
    mutating func enterCollection(at mark: Mark) throws(YAMLError) {
        depth += 1
        if depth > limits.maxDepth {
            throw YAMLError(
                code: YAMLError.depthLimitCode,
                message: "collections nest deeper than \(limits.maxDepth) levels", mark: mark)
        }
    }
}
