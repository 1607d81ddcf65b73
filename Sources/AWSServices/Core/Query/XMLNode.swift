import Foundation
import AWSClient

/// A value that can be read from an XML element of a query-protocol response.
protocol XMLDecodable {
    /// Reads the value from `xml`; nil when the element's text is not of this type.
    init?(xml: XMLNode)
}

/// An immutable XML element: name, text and child elements.
///
/// The generated CloudFormation and STS shapes read themselves from this small
/// view rather than from the client's tree directly, so the mapping from
/// `member`-wrapped lists and `entry` maps lives in one place.
struct XMLNode: Sendable {
    /// The element's local name.
    var name: String
    /// The concatenated character data directly inside the element, untrimmed.
    var text: String
    /// The child elements in document order.
    var children: [XMLNode]

    /// The first child element of that name.
    func child(_ name: String) -> XMLNode? {
        children.first { $0.name == name }
    }

    /// A member's value, or nil when the element is absent or its text does not parse.
    func value<Value: XMLDecodable>(_ name: String) -> Value? {
        child(name).flatMap(Value.init(xml:))
    }

    /// A list member (`<Name><member>…</member>…</Name>`); nil when the element is absent.
    func list<Element: XMLDecodable>(_ name: String) -> [Element]? {
        guard let wrapper = child(name) else { return nil }
        return wrapper.children.filter { $0.name == "member" }.compactMap(Element.init(xml:))
    }

    /// A map member (`<Name><entry><key>…</key><value>…</value></entry>…</Name>`).
    func map<Value: XMLDecodable>(_ name: String) -> [String: Value]? {
        guard let wrapper = child(name) else { return nil }
        var result: [String: Value] = [:]
        for entry in wrapper.children where entry.name == "entry" {
            if let key = entry.child("key")?.text, let value: Value = entry.value("value") {
                result[key] = value
            }
        }
        return result
    }
}

extension String: XMLDecodable {
    init?(xml: XMLNode) { self = xml.text }
}

extension Int: XMLDecodable {
    init?(xml: XMLNode) { self.init(xml.text.trimmingCharacters(in: .whitespacesAndNewlines)) }
}

extension Double: XMLDecodable {
    init?(xml: XMLNode) { self.init(xml.text.trimmingCharacters(in: .whitespacesAndNewlines)) }
}

extension Bool: XMLDecodable {
    init?(xml: XMLNode) {
        switch xml.text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
        case "true": self = true
        case "false": self = false
        default: return nil
        }
    }
}

extension Date: XMLDecodable {
    init?(xml: XMLNode) {
        guard let date = AWSTimestamp.parse(xml.text.trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        self = date
    }
}
