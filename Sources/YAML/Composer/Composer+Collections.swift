/// Block and flow sequences and mappings.
extension Composer {
    mutating func composeBlockSequence(tag: String?, anchor: String?) throws(YAMLError) -> (Node, Int) {
        let start = try advance().start
        try enterCollection(at: start)
        var items: [Node] = []
        var size = 1
        while true {
            switch try peekKind() {
            case .blockEntry:
                let entry = try advance()
                let (item, itemSize) = try composeEntryValue(after: entry)
                items.append(item)
                size += itemSize
            case .blockEnd:
                let end = items.last?.end ?? start
                try advance()
                depth -= 1
                return (Node(.sequence(items), tag: tag, anchor: anchor, start: start, end: end), size)
            default:
                let token = try peek()
                throw .syntax("expected '- ' for the next sequence entry or less indentation, found \(token.summary)", at: token.start)
            }
        }
    }

    /// A sequence of `- ` entries directly under a mapping key, at the key's own indentation.
    mutating func composeIndentlessSequence(tag: String?, anchor: String?) throws(YAMLError) -> (Node, Int) {
        let start = try peek().start
        try enterCollection(at: start)
        var items: [Node] = []
        var size = 1
        while try peekKind() == .blockEntry {
            let entry = try advance()
            let (item, itemSize) = try composeEntryValue(after: entry)
            items.append(item)
            size += itemSize
        }
        depth -= 1
        let end = items.last?.end ?? start
        return (Node(.sequence(items), tag: tag, anchor: anchor, start: start, end: end), size)
    }

    /// The node after a `- `, or an empty scalar when the entry is empty.
    mutating func composeEntryValue(after entry: (start: Mark, end: Mark)) throws(YAMLError) -> (Node, Int) {
        switch try peekKind() {
        case .blockEntry, .blockEnd, .key, .value:
            return (emptyScalar(at: entry.end), 1)
        default:
            return try composeNode(block: true, indentlessSequence: false)
        }
    }

    mutating func composeBlockMapping(tag: String?, anchor: String?) throws(YAMLError) -> (Node, Int) {
        let start = try advance().start
        try enterCollection(at: start)
        var pairs: [Pair] = []
        var keys = KeyIndex()
        var size = 1
        while true {
            var key: Node
            var keySize = 1
            switch try peekKind() {
            case .key:
                let keyToken = try advance()
                switch try peekKind() {
                case .key, .value, .blockEnd: key = emptyScalar(at: keyToken.end)
                default: (key, keySize) = try composeNode(block: true, indentlessSequence: true)
                }
            case .value:
                key = emptyScalar(at: scanner.headStart)
            case .blockEnd:
                let end = pairs.last?.value.end ?? start
                try advance()
                depth -= 1
                return (Node(.mapping(pairs), tag: tag, anchor: anchor, start: start, end: end), size)
            default:
                let token = try peek()
                throw .syntax("expected a mapping key at this indentation, found \(token.summary)", at: token.start)
            }
            var value: Node
            var valueSize = 1
            if try peekKind() == .value {
                let afterKey = try advance()
                switch try peekKind() {
                case .key, .value, .blockEnd: value = emptyScalar(at: afterKey.end)
                default: (value, valueSize) = try composeNode(block: true, indentlessSequence: true)
                }
            } else {
                value = emptyScalar(at: key.end)
            }
            try keys.check(key, against: pairs)
            // Moved, not copied, into the pair: a copy retains and releases every string of both nodes.
            pairs.append(Pair(key: consume key, value: consume value))
            size += keySize + valueSize
        }
    }

    mutating func composeFlowSequence(tag: String?, anchor: String?) throws(YAMLError) -> (Node, Int) {
        let start = try advance().start
        try enterCollection(at: start)
        var items: [Node] = []
        var size = 1
        var first = true
        while true {
            // Kinds only: copying each token (and its strings) just to look at it costs a measurable share of a parse.
            var kind = try peekKind()
            if kind == .flowSequenceEnd { break }
            if !first {
                guard kind == .flowEntry else {
                    let token = try peek()
                    throw .syntax("expected ',' or ']' in the flow sequence started at \(start), found \(token.summary)", at: token.start)
                }
                try advance()
                kind = try peekKind()
                if kind == .flowSequenceEnd { break }
            }
            first = false
            switch kind {
            case .key, .value:
                let pairStart = scanner.headStart
                let (pair, pairSize) = try composeFlowPair(closing: .sequence)
                items.append(Node(.mapping([pair]), start: pairStart, end: lastEnd))
                size += 1 + pairSize
            case .flowEntry:
                throw .syntax("expected a value before ',' in the flow sequence", at: scanner.headStart)
            default:
                let (item, itemSize) = try composeNode(block: false, indentlessSequence: false)
                items.append(item)
                size += itemSize
            }
        }
        let end = try advance().end
        depth -= 1
        return (Node(.sequence(items), tag: tag, anchor: anchor, start: start, end: end), size)
    }

    mutating func composeFlowMapping(tag: String?, anchor: String?) throws(YAMLError) -> (Node, Int) {
        let start = try advance().start
        try enterCollection(at: start)
        var pairs: [Pair] = []
        var keys = KeyIndex()
        var size = 1
        var first = true
        while true {
            var kind = try peekKind()
            if kind == .flowMappingEnd { break }
            if !first {
                guard kind == .flowEntry else {
                    let token = try peek()
                    throw .syntax("expected ',' or '}' in the flow mapping started at \(start), found \(token.summary)", at: token.start)
                }
                try advance()
                kind = try peekKind()
                if kind == .flowMappingEnd { break }
            }
            first = false
            if kind == .flowEntry {
                throw .syntax("expected a key before ',' in the flow mapping", at: scanner.headStart)
            }
            let (pair, pairSize) = try composeFlowPair(closing: .mapping)
            try keys.check(pair.key, against: pairs)
            pairs.append(pair)
            size += pairSize
        }
        let end = try advance().end
        depth -= 1
        return (Node(.mapping(pairs), tag: tag, anchor: anchor, start: start, end: end), size)
    }

    /// Which flow collection a pair is inside, to know which closing bracket ends it.
    enum FlowClosing { case sequence, mapping }

    /// One `key: value` entry of a flow collection; the `?`, the key, the `:` and the value are each optional.
    mutating func composeFlowPair(closing: FlowClosing) throws(YAMLError) -> (Pair, Int) {
        var kind = try peekKind()
        var key: Node
        var keySize = 1
        if kind == .key {
            try advance()
            kind = try peekKind()
            if isFlowPairBoundary(kind, closing: closing) || kind == .value {
                key = emptyScalar(at: scanner.headStart)
            } else {
                (key, keySize) = try composeNode(block: false, indentlessSequence: false)
            }
        } else if kind == .value {
            key = emptyScalar(at: scanner.headStart)
        } else {
            (key, keySize) = try composeNode(block: false, indentlessSequence: false)
        }
        kind = try peekKind()
        var value: Node
        var valueSize = 1
        if kind == .value {
            let indicator = try advance()
            if isFlowPairBoundary(try peekKind(), closing: closing) {
                value = emptyScalar(at: indicator.end)
            } else {
                (value, valueSize) = try composeNode(block: false, indentlessSequence: false)
            }
        } else {
            value = emptyScalar(at: key.end)
        }
        return (Pair(key: key, value: value), keySize + valueSize)
    }

    func isFlowPairBoundary(_ kind: Token.Kind, closing: FlowClosing) -> Bool {
        switch kind {
        case .flowEntry: true
        case .flowSequenceEnd: closing == .sequence
        case .flowMappingEnd: closing == .mapping
        default: false
        }
    }
}
