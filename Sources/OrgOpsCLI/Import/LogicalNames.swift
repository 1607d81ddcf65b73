import YAML

/// Turns AWS names into manifest names (`Log Archive` → `log-archive`), unique per kind.
///
/// AWS allows spaces and most punctuation in account and policy names; `metadata.name` allows only
/// letters, digits, `.`, `_` and `-`, and must be unique per kind within an organization. A clash
/// (`Prod` and `prod`) gets a numeric suffix in reading order, so import is deterministic.
struct LogicalNames {
    private var taken: Set<String> = []

    /// A unique logical name of `kind` for the AWS name `name`.
    mutating func claim(_ name: String, kind: String) -> String {
        let base = Self.slug(name)
        var candidate = base
        var n = 2
        while taken.contains("\(kind)/\(candidate)") {
            candidate = "\(base)-\(n)"
            n += 1
        }
        taken.insert("\(kind)/\(candidate)")
        return candidate
    }

    /// Lower-case ASCII letters and digits, runs of anything else as one `-`, at most 128 characters.
    static func slug(_ name: String) -> String {
        var out = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_" {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        if out.isEmpty { out = "unnamed" }
        return String(out.prefix(128))
    }
}

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
