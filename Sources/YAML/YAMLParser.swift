/// Parses YAML 1.2 streams from UTF-8 bytes into `Document`s with marks on every node.
public enum YAMLParser {
    /// Parses every document of a stream. Accepts a leading BOM and CRLF line ends.
    /// - Parameters:
    ///   - bytes: the UTF-8 input.
    ///   - limits: depth and alias-expansion caps.
    /// - Throws: `YAMLError` on the first syntax error or limit hit.
    public static func parse(_ bytes: [UInt8], limits: YAMLLimits = .default) throws(YAMLError) -> [Document] {
        throw YAMLError(code: "syntax", message: "parser not yet written", mark: Mark(line: 1, column: 1, offset: 0))
    }

    /// Parses a string (convenience for tests and templates).
    public static func parse(_ text: String, limits: YAMLLimits = .default) throws(YAMLError) -> [Document] {
        try parse(Array(text.utf8), limits: limits)
    }
}
