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
            pairs.append(Pair(key: key, value: value))
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
            var token = try peek()
            if case .flowSequenceEnd = token.kind { break }
            if !first {
                guard case .flowEntry = token.kind else {
                    throw .syntax("expected ',' or ']' in the flow sequence started at \(start), found \(token.summary)", at: token.start)
                }
                try advance()
                token = try peek()
                if case .flowSequenceEnd = token.kind { break }
            }
            first = false
            switch token.kind {
            case .key, .value:
                let pairStart = token.start
                let (pair, pairSize) = try composeFlowPair(closing: .sequence)
                items.append(Node(.mapping([pair]), start: pairStart, end: lastEnd))
                size += 1 + pairSize
            case .flowEntry:
                throw .syntax("expected a value before ',' in the flow sequence", at: token.start)
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
            var token = try peek()
            if case .flowMappingEnd = token.kind { break }
            if !first {
                guard case .flowEntry = token.kind else {
                    throw .syntax("expected ',' or '}' in the flow mapping started at \(start), found \(token.summary)", at: token.start)
                }
                try advance()
                token = try peek()
                if case .flowMappingEnd = token.kind { break }
            }
            first = false
            if case .flowEntry = token.kind {
                throw .syntax("expected a key before ',' in the flow mapping", at: token.start)
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
        var token = try peek()
        var key: Node
        var keySize = 1
        if case .key = token.kind {
            try advance()
            token = try peek()
            if isFlowPairBoundary(token, closing: closing) || isValue(token) {
                key = emptyScalar(at: token.start)
            } else {
                (key, keySize) = try composeNode(block: false, indentlessSequence: false)
            }
        } else if isValue(token) {
            key = emptyScalar(at: token.start)
        } else {
            (key, keySize) = try composeNode(block: false, indentlessSequence: false)
        }
        token = try peek()
        var value: Node
        var valueSize = 1
        if isValue(token) {
            try advance()
            let after = try peek()
            if isFlowPairBoundary(after, closing: closing) {
                value = emptyScalar(at: token.end)
            } else {
                (value, valueSize) = try composeNode(block: false, indentlessSequence: false)
            }
        } else {
            value = emptyScalar(at: key.end)
        }
        return (Pair(key: key, value: value), keySize + valueSize)
    }

    func isValue(_ token: Token) -> Bool {
        if case .value = token.kind { return true }
        return false
    }

    func isFlowPairBoundary(_ token: Token, closing: FlowClosing) -> Bool {
        switch token.kind {
        case .flowEntry: true
        case .flowSequenceEnd: closing == .sequence
        case .flowMappingEnd: closing == .mapping
        default: false
        }
    }
}
