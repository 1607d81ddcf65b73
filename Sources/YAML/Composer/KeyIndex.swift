/// Rejects duplicate keys in one mapping, reporting both positions.
///
/// Scalar keys are compared by tag and text, not style: `name` and `"name"` are the same key to
/// every schema a manifest uses, so writing both is a mistake worth an error. Empty plain keys
/// (nulls from `: value` lines) and collection keys are not compared. Small mappings (almost all)
/// are checked by scanning the pairs already composed, which needs no storage of its own; large
/// ones switch to a dictionary.
struct KeyIndex {
    /// Keys by tag and text, once the mapping has more than `linearLimit` pairs.
    private var table: [String: Mark]?
    /// Up to this many pairs, scan instead of hashing.
    private static let linearLimit = 16

    /// Checks `key` against the keys of `pairs` (the mapping's pairs so far, in order), throwing
    /// `duplicate-key` if an equal key is among them. Call once per key, before appending its pair.
    mutating func check(_ key: Node, against pairs: [Pair]) throws(YAMLError) {
        guard case .scalar(let scalar) = key.value else { return }
        if scalar.style == .plain && scalar.text.isEmpty && key.tag == nil { return }
        if table == nil && pairs.count < KeyIndex.linearLimit {
            for pair in pairs {
                if case .scalar(let other) = pair.key.value, other.text == scalar.text, pair.key.tag == key.tag,
                    !(other.style == .plain && other.text.isEmpty && pair.key.tag == nil)
                {
                    throw duplicate(scalar.text, at: key.start, first: pair.key.start)
                }
            }
            return
        }
        if table == nil {
            var built: [String: Mark] = [:]
            for pair in pairs.reversed() {
                if case .scalar(let other) = pair.key.value { built[KeyIndex.identity(other.text, pair.key.tag)] = pair.key.start }
            }
            table = built
        }
        let identity = KeyIndex.identity(scalar.text, key.tag)
        if let first = table?[identity] { throw duplicate(scalar.text, at: key.start, first: first) }
        table?[identity] = key.start
    }

    private static func identity(_ text: String, _ tag: String?) -> String {
        (tag ?? "") + "\u{0}" + text
    }

    private func duplicate(_ text: String, at mark: Mark, first: Mark) -> YAMLError {
        YAMLError(
            code: YAMLError.duplicateKeyCode,
            message: "duplicate key \"\(Token.clip(text))\": first defined at \(first)",
            mark: mark, related: first)
    }
}
