/// The keys seen so far in one mapping, to reject duplicates with both positions.
///
/// Scalar keys are compared by tag and text, not style: `name` and `"name"` are the same key to
/// every schema a manifest uses, so writing both is a mistake worth an error. Empty plain keys
/// (nulls from `: value` lines) and collection keys are not compared. Small mappings (almost all)
/// are checked by a linear scan, which is faster than hashing; large ones switch to a dictionary.
struct KeyIndex {
    /// A key seen before.
    private struct Entry {
        var text: String
        var tag: String?
        var mark: Mark
    }

    /// Keys while the mapping is small.
    private var entries: [Entry] = []
    /// Keys once it is large, by tag and text.
    private var table: [String: Mark]?
    /// Above this many keys, hash instead of scanning.
    private static let linearLimit = 16

    /// Records `key`, throwing `duplicate-key` if an equal key was recorded before.
    mutating func insert(_ key: Node) throws(YAMLError) {
        guard let scalar = key.scalar else { return }
        if scalar.style == .plain && scalar.text.isEmpty && key.tag == nil { return }
        if table == nil {
            for entry in entries where entry.text == scalar.text && entry.tag == key.tag {
                throw duplicate(scalar.text, at: key.start, first: entry.mark)
            }
            entries.append(Entry(text: scalar.text, tag: key.tag, mark: key.start))
            if entries.count > KeyIndex.linearLimit {
                var built: [String: Mark] = [:]
                for entry in entries { built[KeyIndex.identity(entry.text, entry.tag)] = entry.mark }
                table = built
                entries = []
            }
            return
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
