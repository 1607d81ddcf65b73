/// Why the AWS API server for tests could not be started or controlled.
public struct AWSBackendError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stable machine code: `aws-backend-start-failed`, `aws-backend-control-failed`.
    public var code: String
    /// A lower-case message a person can act on, quoting what went wrong.
    public var message: String

    /// Creates an error.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    static func startFailed(_ message: String) -> AWSBackendError {
        AWSBackendError(code: "aws-backend-start-failed", message: message)
    }

    static func controlFailed(_ message: String) -> AWSBackendError {
        AWSBackendError(code: "aws-backend-control-failed", message: message)
    }

    /// `code: message`, for test failure output.
    public var description: String { "\(code): \(message)" }
}
