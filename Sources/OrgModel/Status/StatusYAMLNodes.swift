import Foundation
import YAML

/// Builds and reads the plain `Node` trees of status files, so the document code reads like the file it writes.
enum StatusYAMLNodes {
    static let origin = Mark(line: 1, column: 1, offset: 0)

    /// A string value: quoted by the emitter whenever a reader could take it for a number or boolean.
    static func string(_ text: String) -> Node {
        Node(.scalar(Scalar(text: text, style: .doubleQuoted)), start: origin, end: origin)
    }

    /// A number or other typed value, written plain.
    static func plain(_ text: String) -> Node {
        Node(.scalar(Scalar(text: text, style: .plain)), start: origin, end: origin)
    }

    static func sequence(_ items: [Node]) -> Node {
        Node(.sequence(items), start: origin, end: origin)
    }

    /// A mapping of the pairs whose value is present, in the order given.
    static func mapping(_ pairs: [(String, Node?)]) -> Node {
        let present = pairs.compactMap { key, value in value.map { Pair(key: string(key), value: $0) } }
        return Node(.mapping(present), start: origin, end: origin)
    }

    static let timeFormat: Date.ISO8601FormatStyle = .iso8601

    static func time(_ date: Date) -> Node { string(date.formatted(timeFormat)) }

    // MARK: reading

    static func text(_ node: Node?, _ field: String, required: Bool = true) throws(StatusDocumentError) -> String? {
        guard let node, !node.isNull else {
            if required {
                throw StatusDocumentError(code: "status-missing-field", message: "status file has no '\(field)'")
            }
            return nil
        }
        guard let scalar = node.scalar else {
            throw StatusDocumentError(code: "status-bad-value",
                                      message: "status field '\(field)' is a \(node.kindName), expected a scalar")
        }
        return scalar.text
    }

    static func required(_ node: Node?, _ field: String) throws(StatusDocumentError) -> String {
        guard let value = try text(node, field) else {
            throw StatusDocumentError(code: "status-missing-field", message: "status file has no '\(field)'")
        }
        return value
    }

    static func integer(_ node: Node?, _ field: String) throws(StatusDocumentError) -> Int {
        let value = try required(node, field)
        guard let number = Int(value) else {
            throw StatusDocumentError(code: "status-bad-value", message: "status field '\(field)' is '\(value)', expected a whole number")
        }
        return number
    }

    static func items(_ node: Node?, _ field: String) throws(StatusDocumentError) -> [Node] {
        guard let node, !node.isNull else { return [] }
        guard let items = node.sequence else {
            throw StatusDocumentError(code: "status-bad-value", message: "status field '\(field)' is a \(node.kindName), expected a sequence")
        }
        return items
    }

    static func enumeration<T: RawRepresentable>(_ node: Node?, _ field: String, as type: T.Type) throws(StatusDocumentError) -> T
    where T.RawValue == String {
        let value = try required(node, field)
        guard let parsed = T(rawValue: value) else {
            throw StatusDocumentError(code: "status-bad-value", message: "status field '\(field)' has unknown value '\(value)'")
        }
        return parsed
    }

    static func date(_ node: Node?, _ field: String) throws(StatusDocumentError) -> Date {
        let value = try required(node, field)
        guard let date = try? timeFormat.parse(value) else {
            throw StatusDocumentError(code: "status-bad-value",
                                      message: "status field '\(field)' is '\(value)', expected an ISO 8601 time such as 2026-01-01T00:00:00Z")
        }
        return date
    }
}
