/// How a field is named in schema messages ("'email' in Account spec", "key of 'tags' in Account spec").
///
/// The checker passes a label down to every value it checks, but a message is written only
/// for the few values that are wrong; keeping the parts and rendering them on demand spares
/// building a string for every field of every manifest.
enum FieldLabel: CustomStringConvertible {
    /// Text used as is ("Account manifest").
    case text(String)
    /// A field of an object: `'key' in title`.
    case field(String, in: String)
    /// The keys of a map field, whose own label is already rendered: `key of <map>`.
    case key(of: String)
    /// One entry of a map field: `'key' of field <map>`.
    case entry(String, of: String)

    /// The label as messages show it.
    var description: String {
        switch self {
        case .text(let text): text
        case .field(let key, let title): "'\(key)' in \(title)"
        case .key(let map): "key of \(map)"
        case .entry(let key, let map): "'\(key)' of field \(map)"
        }
    }
}

/// A small set of field indices of one object schema: a bit mask, with an array past 64 fields.
struct FieldSet {
    private var mask: UInt64 = 0
    private var overflow: [Bool]

    /// An empty set for an object of `count` fields.
    init(count: Int) {
        overflow = count > 64 ? [Bool](repeating: false, count: count) : []
    }

    mutating func insert(_ index: Int) {
        if overflow.isEmpty { mask |= 1 << UInt64(index) } else { overflow[index] = true }
    }

    func contains(_ index: Int) -> Bool {
        overflow.isEmpty ? mask & (1 << UInt64(index)) != 0 : overflow[index]
    }
}
