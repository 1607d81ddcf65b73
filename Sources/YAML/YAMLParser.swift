/// Parses YAML 1.2 streams from UTF-8 bytes into `Document`s with marks on every node.
///
/// Scalars keep their text and style (no implicit typing); tags are kept as written, resolved
/// against `%TAG` handles. Duplicate keys, tab indentation, alias bombs and excessive nesting are
/// errors. See `YAMLError` for the error codes.
public enum YAMLParser {
    /// Parses every document of a stream. Accepts a leading BOM and CRLF line ends.
    /// - Parameters:
    ///   - bytes: the UTF-8 input.
    ///   - limits: depth and alias-expansion caps.
    /// - Throws: `YAMLError` on the first syntax error or limit hit.
    public static func parse(_ bytes: [UInt8], limits: YAMLLimits = .default) throws(YAMLError) -> [Document] {
        try UTF8Validator.validate(bytes)
        let start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var composer = Composer(scanner: Scanner(bytes, start: start), limits: limits)
        return try composer.composeStream()
    }

    /// Parses a string (convenience for tests and templates).
    public static func parse(_ text: String, limits: YAMLLimits = .default) throws(YAMLError) -> [Document] {
        try parse(Array(text.utf8), limits: limits)
    }
}
