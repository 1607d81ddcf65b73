import YAML

/// Short constructors for the manifest trees the import writer builds.
extension Node {
    private static let origin = Mark(line: 1, column: 1, offset: 0)

    /// A plain scalar (the emitter quotes it if it would read back differently).
    static func plain(_ text: String) -> Node {
        Node(.scalar(Scalar(text: text, style: .plain)), start: origin, end: origin)
    }

    /// A double-quoted scalar, for IDs and tag values that must stay strings.
    static func quoted(_ text: String) -> Node {
        Node(.scalar(Scalar(text: text, style: .doubleQuoted)), start: origin, end: origin)
    }

    /// A block sequence.
    static func list(_ items: [Node]) -> Node {
        Node(.sequence(items), start: origin, end: origin)
    }

    /// A block mapping in the given order.
    static func map(_ pairs: [(String, Node)]) -> Node {
        Node(.mapping(pairs.map { Pair(key: .plain($0.0), value: $0.1) }), start: origin, end: origin)
    }
}
