/// A failure of the typed layer itself, after AWS answered.
///
/// AWS's own errors stay `AWSError` (code, service, operation); these say the
/// answer could not be used, quoting what was expected.
public struct AWSServicesError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stable identifier for alerts and tests.
    public let code: String
    /// A lower-case message a person can act on.
    public let message: String

    /// Creates an error.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    /// The code and message.
    public var description: String { "\(code): \(message)" }

    /// A query response whose result element could not be read as the operation's output.
    static func unreadableResponse(service: String, operation: String, element: String) -> AWSServicesError {
        AWSServicesError(code: "UnreadableResponse",
                         message: "\(service) \(operation) answered with an unreadable <\(element)> element")
    }

    /// A response that lacks a member the caller needs to go on.
    static func missingMember(service: String, operation: String, member: String) -> AWSServicesError {
        AWSServicesError(code: "MissingResponseMember",
                         message: "\(service) \(operation) answered without \(member)")
    }
}
