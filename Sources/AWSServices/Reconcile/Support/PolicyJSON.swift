import OrgModel

/// Policy documents in the one canonical form the differ compares.
///
/// AWS stores a document's whitespace and key order as submitted, and the
/// console rewrites both; the manifests are canonicalised by OrgModel's JSON
/// parser, so live content goes through the same parser and printer.
enum PolicyJSON {
    /// The canonical text of `text`; a document that does not parse is kept verbatim, so it differs.
    static func canonical(_ text: String) -> String {
        do {
            return try JSONParser.parse(text).canonicalText
        } catch {
            return text
        }
    }
}
