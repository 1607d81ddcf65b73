import Foundation

/// The ordered form parameters of one query-protocol call (CloudFormation, STS).
///
/// Order is kept as added so that a request body is reproducible and easy
/// to read in tests; AWS itself does not care. The helpers spell the query
/// protocol's flattening rules once: lists as `Name.member.N`, maps as
/// `Name.entry.N.key/value`, structures as `Name.Member`, lists of
/// structures as `Tags.member.N.Key`.
public struct QueryParameters: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    /// The parameters in order.
    public private(set) var items: [(name: String, value: String)]

    /// Creates an empty parameter list.
    public init() {
        items = []
    }

    /// Creates parameters from literal pairs, in literal order.
    public init(dictionaryLiteral elements: (String, String)...) {
        items = elements.map { (name: $0.0, value: $0.1) }
    }

    /// The value of the first parameter of that name.
    public subscript(name: String) -> String? {
        items.first { $0.name == name }?.value
    }

    /// Appends one parameter.
    public mutating func append(_ name: String, _ value: String) {
        items.append((name, value))
    }

    /// Appends a parameter when the value is present; absent optionals are simply not sent.
    public mutating func append(_ name: String, _ value: String?) {
        if let value { items.append((name, value)) }
    }

    /// Appends an integer parameter when present.
    public mutating func append(_ name: String, _ value: Int?) {
        if let value { items.append((name, String(value))) }
    }

    /// Appends a boolean as `true` / `false` when present.
    public mutating func append(_ name: String, _ value: Bool?) {
        if let value { items.append((name, value ? "true" : "false")) }
    }

    /// Appends a timestamp in ISO-8601 UTC when present.
    public mutating func append(_ name: String, _ value: Date?) {
        if let value { items.append((name, AWSTimestamp.format(value))) }
    }

    /// Appends a list as `Name.member.1`, `Name.member.2`, …
    ///
    /// An empty list is sent as `Name=` (present, empty), which is how the
    /// query protocol says "clear this list" as opposed to "leave it alone";
    /// pass nil to leave it out.
    public mutating func appendList(_ name: String, _ values: [String]?) {
        guard let values else { return }
        if values.isEmpty {
            items.append((name, ""))
            return
        }
        for (index, value) in values.enumerated() {
            items.append(("\(name).member.\(index + 1)", value))
        }
    }

    /// Appends a map as `Name.entry.N.key` / `Name.entry.N.value`, entries in the given order.
    public mutating func appendMap(_ name: String, _ entries: [(key: String, value: String)],
                                   keyName: String = "key", valueName: String = "value") {
        for (index, entry) in entries.enumerated() {
            items.append(("\(name).entry.\(index + 1).\(keyName)", entry.key))
            items.append(("\(name).entry.\(index + 1).\(valueName)", entry.value))
        }
    }

    /// Appends a nested structure, each of its parameters prefixed `Name.`.
    public mutating func appendStructure(_ name: String, _ members: QueryParameters) {
        for item in members.items {
            items.append(("\(name).\(item.name)", item.value))
        }
    }

    /// Appends a list of structures as `Name.member.N.<Member>`; empty sends `Name=`, nil nothing.
    public mutating func appendStructureList(_ name: String, _ members: [QueryParameters]?) {
        guard let members else { return }
        if members.isEmpty {
            items.append((name, ""))
            return
        }
        for (index, member) in members.enumerated() {
            appendStructure("\(name).member.\(index + 1)", member)
        }
    }

    /// Appends tags as `Name.member.N.Key` / `Name.member.N.Value`, the shape CloudFormation and STS use.
    public mutating func appendTags(_ tags: [(key: String, value: String)], name: String = "Tags") {
        appendStructureList(name, tags.map { ["Key": $0.key, "Value": $0.value] })
    }

    /// The `application/x-www-form-urlencoded` body: `name=value` pairs joined by `&`, form-encoded.
    ///
    /// Encoded exactly as botocore's `urlencode` does (RFC 3986 percent-encoding with a space as `+`):
    /// servers that re-serialise the form to check a signature (moto does) then see the same bytes.
    public func encoded() -> String {
        items.map { "\(Self.formEncode($0.name))=\(Self.formEncode($0.value))" }.joined(separator: "&")
    }

    /// `percentEncode`, but with a space as `+`, as HTML forms and Python's `quote_plus` write it.
    public static func formEncode(_ text: String) -> String {
        percentEncode(text).replacingOccurrences(of: "%20", with: "+")
    }

    /// The full body of a call: `Action` and `Version` first, then these parameters.
    public func body(action: String, version: String) -> [UInt8] {
        var all = QueryParameters()
        all.append("Action", action)
        all.append("Version", version)
        all.items.append(contentsOf: items.filter { $0.name != "Action" && $0.name != "Version" })
        return Array(all.encoded().utf8)
    }

    /// Percent-encodes everything but RFC 3986's unreserved characters `A–Z a–z 0–9 - _ . ~`.
    public static func percentEncode(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
                 UInt8(ascii: "."), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += byte < 16 ? "%0\(hex)" : "%\(hex)"
            }
        }
        return result
    }

    /// Equal when the same names and values appear in the same order.
    public static func == (lhs: QueryParameters, rhs: QueryParameters) -> Bool {
        lhs.items.map { "\($0.name)=\($0.value)" } == rhs.items.map { "\($0.name)=\($0.value)" }
    }
}
