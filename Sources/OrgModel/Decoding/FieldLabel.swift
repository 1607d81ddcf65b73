/// How a field is named in schema messages ("'email' in Account spec", "key of 'tags' in Account spec").
///
/// The checker passes a label down to every value it checks, but a message is written only
/// for the few values that are wrong; keeping the parts and rendering them on demand spares
/// building a string for every field of every manifest.
enum FieldLabel: CustomStringConvertible {
    /// Text used as is.
    case text(String)
    /// A whole manifest: `<kind> manifest`.
    case manifest(kind: String)
    /// A field of an object: `'key' in title`.
    case field(String, in: String)
    /// The keys of a map field: `key of <map>`.
    case key(of: Parent)
    /// One entry of a map field: `'key' of field <map>`.
    case entry(String, of: Parent)

    /// The label of a map whose keys or entries are being named, kept in parts like the label itself.
    struct Parent {
        /// The field's key, or the whole text when `title` is nil.
        var key: String
        /// The object the field is in.
        var title: String?

        var description: String { title.map { "'\(key)' in \($0)" } ?? key }
    }

    /// This label as the parent of a map's keys and entries (nested maps render theirs once).
    var asParent: Parent {
        switch self {
        case .text(let text): Parent(key: text, title: nil)
        case .field(let key, let title): Parent(key: key, title: title)
        default: Parent(key: description, title: nil)
        }
    }

    /// The label as messages show it.
    var description: String {
        switch self {
        case .text(let text): text
        case .manifest(let kind): "\(kind) manifest"
        case .field(let key, let title): "'\(key)' in \(title)"
        case .key(let map): "key of \(map.description)"
        case .entry(let key, let map): "'\(key)' of field \(map.description)"
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
