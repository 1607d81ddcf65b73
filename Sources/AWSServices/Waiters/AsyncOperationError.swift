/// An asynchronous AWS operation that ended badly or did not end in time.
///
/// Reconcilers classify `AsyncOperationFailed` as stalled (AWS said no, with a
/// reason) and `WaitTimedOut` as waiting (requeue and look again).
public struct AsyncOperationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `AsyncOperationFailed` or `WaitTimedOut`.
    public let code: String
    /// The botocore service name.
    public let service: String
    /// The operation that started the work, such as `CreateAccount`.
    public let operation: String
    /// The request or operation id that was polled.
    public let requestId: String
    /// The last status AWS reported (`FAILED`, `IN_PROGRESS`, …).
    public let status: String
    /// AWS's failure reason, or why the wait stopped.
    public let reason: String

    /// A lower-case message that quotes the operation, the id and AWS's reason.
    public var message: String {
        switch code {
        case "WaitTimedOut":
            return "\(service) \(operation) request \(requestId) is still \(status.lowercased()): \(reason)"
        default:
            return "\(service) \(operation) request \(requestId) ended \(status.lowercased()): \(reason)"
        }
    }

    /// The code and message.
    public var description: String { "\(code): \(message)" }

    static func failed(service: String, operation: String, requestId: String, status: String,
                       reason: String) -> AsyncOperationError {
        AsyncOperationError(code: "AsyncOperationFailed", service: service, operation: operation,
                            requestId: requestId, status: status, reason: reason.isEmpty ? "no reason given" : reason)
    }

    static func timedOut(service: String, operation: String, requestId: String, status: String,
                         timeout: Duration) -> AsyncOperationError {
        AsyncOperationError(code: "WaitTimedOut", service: service, operation: operation, requestId: requestId,
                            status: status, reason: "gave up after \(timeout.components.seconds) s")
    }
}
