/// Converts parsed YAML into JSON values with the YAML 1.2 core schema, for conformance comparison only.
///
/// The operator's own schema types scalars itself; this resolver exists so the test suite's `in.json`
/// (written by core-schema tools) can be compared with what the parser produced.
enum CoreSchemaResolver {
    /// The JSON value of a node, or nil when it has no JSON form (a collection as a mapping key).
    static func json(_ node: Node) -> JSONValue? {
        switch node.value {
        case .scalar(let scalar):
            return resolve(scalar, tag: node.tag)
        case .sequence(let items):
            var out: [JSONValue] = []
            for item in items {
                guard let value = json(item) else { return nil }
                out.append(value)
            }
            return .array(out)
        case .mapping(let pairs):
            var object: [String: JSONValue] = [:]
            for pair in pairs {
                guard let key = pair.key.scalar, let value = json(pair.value) else { return nil }
                object[key.text] = value
            }
            return .object(object)
        }
    }

    /// A scalar's core-schema value: explicit tags first, then (for plain scalars) the implicit patterns.
    static func resolve(_ scalar: Scalar, tag: String?) -> JSONValue {
        let text = scalar.text
        switch tag {
        case "tag:yaml.org,2002:str": return .string(text)
        case "tag:yaml.org,2002:null": return .null
        case "tag:yaml.org,2002:bool": return .bool(text == "true" || text == "True" || text == "TRUE")
        case "tag:yaml.org,2002:int", "tag:yaml.org,2002:float": return number(text).map(JSONValue.number) ?? .string(text)
        case nil: break
        default: return .string(text)
        }
        guard scalar.style == .plain else { return .string(text) }
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: return number(text).map(JSONValue.number) ?? .string(text)
        }
    }

    /// The value of a core-schema int or float, or nil when `text` is neither.
    static func number(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        guard let first = bytes.first else { return nil }
        if text.hasPrefix("0x"), bytes.count > 2, let v = Int(text.dropFirst(2), radix: 16) { return Double(v) }
        if text.hasPrefix("0o"), bytes.count > 2, let v = Int(text.dropFirst(2), radix: 8) { return Double(v) }
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        let digitsOK = bytes.allSatisfy { "0123456789+-.eE".utf8.contains($0) }
        guard digitsOK, first != UInt8(ascii: "e"), first != UInt8(ascii: "E"),
            bytes.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else { return nil }
        return Double(text)
    }
}
