/// The keys seen so far in one mapping, to reject duplicates with both positions.
///
/// Scalar keys are compared by tag and text, not style: `name` and `"name"` are the same key to
/// every schema a manifest uses, so writing both is a mistake worth an error. Empty plain keys
/// (nulls from `: value` lines) and collection keys are not compared.
struct KeyIndex {
    /// First position of each key, by tag and text.
    private var seen: [String: Mark] = [:]

    /// Records `key`, throwing `duplicate-key` if an equal key was recorded before.
    mutating func insert(_ key: Node) throws(YAMLError) {
        guard let scalar = key.scalar else { return }
        if scalar.style == .plain && scalar.text.isEmpty && key.tag == nil { return }
        let identity = (key.tag ?? "") + "\u{0}" + scalar.text
        if let first = seen[identity] {
            throw YAMLError(
                code: YAMLError.duplicateKeyCode,
                message: "duplicate key \"\(Token.clip(scalar.text))\": first defined at \(first)",
                mark: key.start, related: first)
        }
        seen[identity] = key.start
    }
}
