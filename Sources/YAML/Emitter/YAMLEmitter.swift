/// Writes `Node` trees as stable block-style YAML, for the status files the operator commits.
///
/// Stability matters more than fidelity to the input: the same tree always gives the same text, so
/// status commits only show real changes. The output uses 2-space indentation, `- key: v` for
/// sequences of mappings, `{}` / `[]` for empty collections, literal blocks for multi-line text when
/// that reads back exactly, and double quotes wherever a plain scalar could be read back differently.
/// Anchors are not written (aliases were expanded when parsing). Whatever it emits, `YAMLParser`
/// reads back to the same texts and structure.
public struct YAMLEmitter: Sendable {
    /// Spaces per nesting level.
    public var indent: Int

    /// Creates an emitter.
    /// - Parameter indent: spaces per nesting level (2 by default, at least 2).
    public init(indent: Int = 2) {
        self.indent = max(2, indent)
    }

    /// The YAML text of one node as a whole document (ending in a line break).
    public func emit(_ node: Node) -> String {
        var out = ""
        write(node, to: &out)
        return out
    }

    /// The YAML text of several documents, separated by `---`.
    public func emit(documents: [Document]) -> String {
        var out = ""
        for (i, document) in documents.enumerated() {
            if i > 0 || document.explicitStart || document.root == nil { out += "---\n" }
            if let root = document.root { write(root, to: &out) }
        }
        return out
    }

    /// Writes a root node.
    func write(_ root: Node, to out: inout String) {
        let props = properties(root)
        switch root.value {
        case .scalar(let scalar) where scalar.text.isEmpty && props.isEmpty:
            // An empty document would read back as no document at all; an empty string keeps the node.
            out += "\"\"\n"
        case .scalar(let scalar):
            out += props.isEmpty ? "" : props + " "
            out += ScalarWriter.text(scalar, tag: root.tag, indent: String(repeating: " ", count: indent), context: .documentRoot)
            out += "\n"
        case .sequence(let items) where items.isEmpty:
            out += (props.isEmpty ? "" : props + " ") + "[]\n"
        case .mapping(let pairs) where pairs.isEmpty:
            out += (props.isEmpty ? "" : props + " ") + "{}\n"
        default:
            if !props.isEmpty { out += props + "\n" }
            writeCollection(root, indent: "", to: &out)
        }
    }

    /// Writes a non-empty collection whose first line starts at the current position, with `indent`
    /// as the indentation of every following line.
    func writeCollection(_ node: Node, indent: String, to out: inout String) {
        switch node.value {
        case .sequence(let items):
            for (i, item) in items.enumerated() {
                if i > 0 { out += indent }
                out += "-"
                writeValue(item, indent: indent + String(repeating: " ", count: self.indent), inline: true, to: &out)
            }
        case .mapping(let pairs):
            for (i, pair) in pairs.enumerated() {
                if i > 0 { out += indent }
                writePair(pair, indent: indent, to: &out)
            }
        case .scalar:
            writeValue(node, indent: indent, inline: true, to: &out)
        }
    }

    /// Writes `key: value` (or `? key` / `: value` for keys that cannot be implicit).
    func writePair(_ pair: Pair, indent: String, to out: inout String) {
        let child = indent + String(repeating: " ", count: self.indent)
        if let key = implicitKey(pair.key) {
            out += key + ":"
            writeValue(pair.value, indent: child, inline: false, to: &out)
        } else {
            out += "?"
            writeValue(pair.key, indent: child, inline: true, to: &out)
            out += indent + ":"
            writeValue(pair.value, indent: child, inline: true, to: &out)
        }
    }

    /// The text of a key that can be written as an implicit (single-line) key, or nil.
    func implicitKey(_ key: Node) -> String? {
        guard let scalar = key.scalar else { return nil }
        let props = properties(key)
        let text = ScalarWriter.text(scalar, tag: key.tag, indent: "", context: .implicitKey)
        guard !text.utf8.contains(10), text.utf8.count < 1000 else { return nil }
        if text.isEmpty && props.isEmpty { return nil }
        return props.isEmpty ? text : props + " " + text
    }

    /// Writes a value after an indicator (`-`, `?`, `:`), then the line break.
    /// - Parameter inline: whether a mapping may start on the indicator's line (`- a: 1`).
    func writeValue(_ node: Node, indent: String, inline: Bool, to out: inout String) {
        let props = properties(node)
        switch node.value {
        case .scalar(let scalar):
            if !props.isEmpty { out += " " + props }
            let text = ScalarWriter.text(scalar, tag: node.tag, indent: indent, context: .value)
            if !text.isEmpty { out += " " + text }
            out += "\n"
        case .sequence(let items) where items.isEmpty:
            out += (props.isEmpty ? "" : " " + props) + " []\n"
        case .mapping(let pairs) where pairs.isEmpty:
            out += (props.isEmpty ? "" : " " + props) + " {}\n"
        case .sequence:
            if !props.isEmpty { out += " " + props }
            if inline && props.isEmpty {
                out += " "
                writeCollection(node, indent: indent, to: &out)
            } else {
                out += "\n" + indent
                writeCollection(node, indent: indent, to: &out)
            }
        case .mapping:
            if !props.isEmpty { out += " " + props }
            if inline && props.isEmpty {
                out += " "
                writeCollection(node, indent: indent, to: &out)
            } else {
                out += "\n" + indent
                writeCollection(node, indent: indent, to: &out)
            }
        }
    }

    /// The tag of a node as YAML source (`!Ref`, `!!str`, `!<tag:example.com:x>`), or "".
    func properties(_ node: Node) -> String {
        guard let tag = node.tag else { return "" }
        let core = "tag:yaml.org,2002:"
        if tag.hasPrefix(core) {
            let suffix = String(tag.dropFirst(core.count))
            if !suffix.isEmpty && suffix.utf8.allSatisfy(ScalarWriter.isSafeTagByte) { return "!!" + suffix }
        } else if tag.hasPrefix("!") && tag.utf8.dropFirst().allSatisfy(ScalarWriter.isSafeTagByte) {
            return tag
        }
        var escaped = ""
        for b in tag.utf8 {
            if Scanner.isURIChar(b) && b != UInt8(ascii: "%") && b != UInt8(ascii: ">") {
                escaped.unicodeScalars.append(Unicode.Scalar(b))
            } else {
                let hex = String(b, radix: 16, uppercase: true)
                escaped += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return "!<" + escaped + ">"
    }
}
