import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

extension XMLTree {
    /// Parses a whole document and returns its root element.
    ///
    /// External entities are not resolved (a response is data, never a
    /// reference to other data).
    public static func parse(_ bytes: [UInt8]) throws -> XMLTree {
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let builder = XMLTreeBuilder()
        parser.delegate = builder
        let ok = parser.parse()
        if ok, let root = builder.root { return root }
        let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "no root element"
        throw XMLParseError(line: parser.lineNumber, reason: reason)
    }

    /// Whether the bytes look like XML (first non-blank character is `<`), without parsing them.
    public static func looksLikeXML(_ bytes: [UInt8]) -> Bool {
        bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
            == UInt8(ascii: "<")
    }
}

/// Collects SAX events into `XMLTree` values; used for one parse only.
private final class XMLTreeBuilder: NSObject, XMLParserDelegate {
    private var stack: [XMLTree] = []
    private var texts: [String] = []
    var root: XMLTree?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
        stack.append(XMLTree(name: local, attributes: attributeDict))
        texts.append("")
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !texts.isEmpty else { return }
        texts[texts.count - 1] += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard !texts.isEmpty else { return }
        texts[texts.count - 1] += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        guard var element = stack.popLast(), let text = texts.popLast() else { return }
        element.text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        element.rawText = text
        if stack.isEmpty {
            root = element
        } else {
            stack[stack.count - 1].children.append(element)
        }
    }
}
