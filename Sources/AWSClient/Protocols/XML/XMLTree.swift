import Foundation

/// A parsed XML element: the small tree value query responses are read from.
///
/// Names are local names (namespace prefixes dropped), since AWS responses
/// put everything in one default namespace. Text is the element's own
/// character data, trimmed of the surrounding whitespace that indentation
/// adds. Lookups never throw: a missing element is nil, and the typed
/// helpers return nil for text that does not parse.
public struct XMLTree: Sendable, Equatable, CustomStringConvertible {
    /// The element's local name.
    public var name: String
    /// The element's own text, trimmed; empty when it has none.
    public var text: String
    /// The element's own text exactly as sent: a template body's final newline or a description's
    /// spaces are data, and comparing a trimmed copy with the manifest would report drift that is not there.
    public var rawText: String
    /// The attributes by name.
    public var attributes: [String: String]
    /// The child elements in document order.
    public var children: [XMLTree]

    /// Creates an element.
    public init(name: String, text: String = "", attributes: [String: String] = [:], children: [XMLTree] = [],
                rawText: String? = nil) {
        self.name = name
        self.text = text
        self.rawText = rawText ?? text
        self.attributes = attributes
        self.children = children
    }

    /// The first child of that name.
    public func child(_ name: String) -> XMLTree? {
        children.first { $0.name == name }
    }

    /// Every child of that name, in order.
    public func children(_ name: String) -> [XMLTree] {
        children.filter { $0.name == name }
    }

    /// The element at a path of child names below this one; no path is this element.
    public func element(_ path: String...) -> XMLTree? {
        element(path: path)
    }

    /// The element at a path of child names given as an array.
    public func element(path: [String]) -> XMLTree? {
        var current = self
        for name in path {
            guard let next = current.child(name) else { return nil }
            current = next
        }
        return current
    }

    /// The text at a path of child names, or nil when any step is missing.
    public func string(_ path: String...) -> String? {
        element(path: path)?.text
    }

    /// The text at a path parsed as an integer.
    public func int(_ path: String...) -> Int? {
        element(path: path).flatMap { Int($0.text) }
    }

    /// The text at a path parsed as `true` / `false`.
    public func bool(_ path: String...) -> Bool? {
        switch element(path: path)?.text.lowercased() {
        case "true": true
        case "false": false
        default: nil
        }
    }

    /// The text at a path parsed as an ISO-8601 timestamp (fractional seconds allowed).
    public func date(_ path: String...) -> Date? {
        element(path: path).flatMap { AWSTimestamp.parse($0.text) }
    }

    /// The `member` elements of the list at a path: `<Summaries><member>…</member></Summaries>`.
    public func members(_ path: String...) -> [XMLTree] {
        element(path: path)?.children("member") ?? []
    }

    /// The elements as indented XML-like text, for test failures and debugging.
    public var description: String {
        rendered(indent: "")
    }

    private func rendered(indent: String) -> String {
        if children.isEmpty { return "\(indent)<\(name)>\(text)</\(name)>" }
        let inner = children.map { $0.rendered(indent: indent + "  ") }.joined(separator: "\n")
        return "\(indent)<\(name)>\(text)\n\(inner)\n\(indent)</\(name)>"
    }
}
