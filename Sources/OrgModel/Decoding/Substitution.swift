import OperatorSupport

/// `${organization.name}`, `${organization.managementAccountId}` and `${organization.region}` in
/// string values, substituted per organization when a document is placed into one.
///
/// Only the `${organization.` prefix is orgops' own; other `${...}` text (Identity
/// Center's `${path:...}`, CloudFormation's `${AWS::Region}`) passes through
/// untouched. Referenced files (policy JSON, templates) are not substituted:
/// they are used byte for byte, so their content hash means what it says.
struct Substitution: Sendable {
    static let prefix = "${organization."
    static let variables = ["name", "managementAccountId", "region"]

    let values: [String: String]

    init(name: String, managementAccountId: String, region: String) {
        values = ["name": name, "managementAccountId": managementAccountId, "region": region]
    }

    /// A cheap pre-check: only text with a `$` can hold a variable.
    static func mayContainVariable(_ text: String) -> Bool {
        text.utf8.contains(UInt8(ascii: "$"))
    }

    /// The unknown variable names used in `text` (empty when all are known).
    static func unknownVariables(in text: String) -> [String] {
        guard text.contains(prefix) else { return [] }
        return references(in: text).filter { !variables.contains($0) }
    }

    /// Every `${organization.X}` reference's X, in order.
    static func references(in text: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let start = rest.firstRange(of: prefix) {
            let after = rest[start.upperBound...]
            guard let close = after.firstIndex(of: "}") else {
                names.append(String(after))
                break
            }
            names.append(String(after[..<close]))
            rest = after[after.index(after: close)...]
        }
        return names
    }

    func apply(_ text: String) -> String {
        guard Self.mayContainVariable(text), text.contains(Self.prefix) else { return text }
        var out = text
        for (name, value) in values {
            out = out.replacingAll(Self.prefix + name + "}", with: value)
        }
        return out
    }

    func apply(_ value: Checked) -> Checked {
        var copy = value
        switch value.content {
        case .string(let s): copy.content = .string(apply(s))
        case .list(let items): copy.content = .list(items.map(apply))
        case .object(let fields): copy.content = .object(fields.map { Checked.Field(key: $0.key, value: apply($0.value)) })
        case .json(let json): copy.content = .json(apply(json))
        case .bool, .int, .invalid: break
        }
        return copy
    }

    func apply(_ json: JSONValue) -> JSONValue {
        switch json {
        case .string(let s): return .string(apply(s))
        case .array(let items): return .array(items.map(apply))
        case .object(let members): return .sortedObject(members.map { (key: apply($0.key), value: apply($0.value)) })
        default: return json
        }
    }
}

extension String {
    /// Replaces every occurrence of `target` (Foundation-free, for the pure module).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        out += rest
        return out
    }
}
