import YAML

/// Small helpers shared by the YAML tests.
enum Parse {
    /// The root of the only document of `text`, or nil when it does not parse to exactly one rooted document.
    static func root(_ text: String, limits: YAMLLimits = .default) -> Node? {
        guard let documents = try? YAMLParser.parse(text, limits: limits), documents.count == 1 else { return nil }
        return documents[0].root
    }

    /// The error parsing `text` throws, or nil when it parses.
    static func error(_ text: String, limits: YAMLLimits = .default) -> YAMLError? {
        do {
            _ = try YAMLParser.parse(text, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    /// The error for raw bytes, or nil when they parse.
    static func error(bytes: [UInt8]) -> YAMLError? {
        do {
            _ = try YAMLParser.parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    /// The scalar text at `key` of a root mapping.
    static func text(_ yaml: String, _ key: String) -> String? {
        root(yaml)?[key]?.scalar?.text
    }
}

/// Structure and text of a node, ignoring marks, styles and anchors: what a round trip must keep.
indirect enum Shape: Equatable, CustomStringConvertible {
    case scalar(String, tag: String?)
    case sequence([Shape], tag: String?)
    case mapping([Shape], tag: String?)

    init(_ node: Node) {
        switch node.value {
        case .scalar(let s): self = .scalar(s.text, tag: node.tag)
        case .sequence(let items): self = .sequence(items.map(Shape.init), tag: node.tag)
        case .mapping(let pairs): self = .mapping(pairs.flatMap { [Shape($0.key), Shape($0.value)] }, tag: node.tag)
        }
    }

    var description: String {
        switch self {
        case .scalar(let text, let tag): "\(tag.map { $0 + " " } ?? "")\"\(text)\""
        case .sequence(let items, let tag): "\(tag.map { $0 + " " } ?? "")[\(items.map(\.description).joined(separator: ", "))]"
        case .mapping(let items, let tag):
            "\(tag.map { $0 + " " } ?? ""){\(stride(from: 0, to: items.count, by: 2).map { "\(items[$0]): \(items[$0 + 1])" }.joined(separator: ", "))}"
        }
    }
}
