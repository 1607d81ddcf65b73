/// The body was not well-formed XML.
public struct XMLParseError: Error, Sendable, CustomStringConvertible {
    /// The line the parser stopped at.
    public var line: Int
    /// The parser's reason.
    public var reason: String

    /// A stable code for callers that switch on errors.
    public var code: String { "XMLParseError" }

    /// The parser position and reason, for the error a person reads.
    public var description: String { "malformed xml at line \(line): \(reason)" }
}
