extension JSONValue {
    /// Indented text (two spaces, keys sorted, one member per line) for people: `orgops schema`
    /// output and documentation. Same content as `canonicalText`.
    public var prettyText: String {
        var out = ""
        writePretty(into: &out, indent: "")
        return out + "\n"
    }

    private func writePretty(into out: inout String, indent: String) {
        let inner = indent + "  "
        switch self {
        case .array(let items) where !items.isEmpty:
            if items.allSatisfy({ if case .object = $0 { false } else if case .array = $0 { false } else { true } }) {
                out += "[" + items.map(\.canonicalText).joined(separator: ", ") + "]"
                return
            }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += inner
                item.writePretty(into: &out, indent: inner)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .object(let members) where !members.isEmpty:
            out += "{\n"
            for (i, member) in members.enumerated() {
                out += inner + JSONValue.quoted(member.key) + ": "
                member.value.writePretty(into: &out, indent: inner)
                out += i == members.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        default:
            out += canonicalText
        }
    }
}
