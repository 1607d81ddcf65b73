import OperatorSupport

/// A YAML node after the schema check: typed, with its source location.
///
/// Builders read manifests through this tree, never through raw nodes, so a
/// value they see has already passed its field's type, enum, pattern and
/// length rules.
struct Checked: Sendable {
    /// One key of an object or map and its checked value.
    struct Field: Sendable {
        var key: String
        var value: Checked
    }

    enum Content: Sendable {
        case string(String)
        case bool(Bool)
        case int(Int)
        case list([Checked])
        /// Fields (or map entries) in source order; small, so looked up linearly without hashing.
        case object([Field])
        case json(JSONValue)
        /// Present in the manifest but rejected by the schema check (already reported): builders treat
        /// it as unusable without reporting it again as missing.
        case invalid
    }

    var content: Content
    var location: SourceLocation

    subscript(key: String) -> Checked? {
        if case .object(let fields) = content {
            for field in fields where field.key == key { return field.value }
        }
        return nil
    }

    var string: String? {
        if case .string(let s) = content { return s }
        return nil
    }

    var bool: Bool? {
        if case .bool(let b) = content { return b }
        return nil
    }

    var int: Int? {
        if case .int(let i) = content { return i }
        return nil
    }

    /// Whether the value is a (valid) list, possibly empty.
    var isList: Bool {
        if case .list = content { return true }
        return false
    }

    var list: [Checked] {
        if case .list(let items) = content { return items }
        return []
    }

    /// The entries of an object or map, in source order.
    var entries: [Field] {
        if case .object(let fields) = content { return fields }
        return []
    }

    /// The strings of a list field, in order, with their locations.
    func strings(_ key: String) -> [(String, SourceLocation)] {
        (self[key]?.list ?? []).compactMap { item in item.string.map { ($0, item.location) } }
    }

    /// A string-to-string map field (tags, parameters).
    func stringMap(_ key: String) -> [String: String] {
        var map: [String: String] = [:]
        for field in self[key]?.entries ?? [] {
            if let value = field.value.string { map[field.key] = value }
        }
        return map
    }
}
