/// Why an AWS call failed, as one value the layers above can switch on.
///
/// Everything a person needs to act is in `description`: which service and
/// operation, for which organization or account (`scope`), AWS's code and
/// message, the HTTP status and the request id to quote to AWS support.
/// Callers branch on `code` (stable, AWS's own error code, or one of the
/// client's codes in `AWSError.ClientCode`), never on the message or status.
public struct AWSError: Error, Sendable, CustomStringConvertible {
    /// Where the failure came from.
    public enum Origin: Sendable, Equatable {
        /// AWS (or moto) answered with an error body.
        case service
        /// The exchange failed below HTTP; the call may or may not have reached AWS.
        case transport(HTTPTransportError.Kind)
        /// The server answered with something that is not an AWS response (an HTML error page).
        case unrecognizedResponse
        /// A success response whose body could not be read as the expected output.
        case undecodableResponse
        /// The client refused the call before sending it (wrong protocol, unencodable input).
        case client
    }

    /// The codes the client itself assigns when AWS did not send one.
    public enum ClientCode {
        /// Could not connect.
        public static let connect = "TransportConnectError"
        /// No complete response within the per-attempt timeout.
        public static let timeout = "TransportTimeout"
        /// The connection dropped mid-exchange.
        public static let connectionLost = "TransportConnectionLost"
        /// Any other transport failure.
        public static let transport = "TransportError"
        /// The body was not an AWS error (HTML error page, empty body).
        public static let unrecognized = "UnrecognizedResponse"
        /// The server's error page says it does not implement the operation (moto lacks it).
        public static let notImplemented = "OperationNotImplemented"
        /// A 2xx body that did not decode as the operation's output.
        public static let undecodable = "UndecodableResponse"
        /// Credentials could not be obtained for signing.
        public static let credentials = "CredentialsUnavailable"
        /// The call itself was wrong (a JSON call to a query service, an unencodable input).
        public static let invalidCall = "InvalidClientCall"
    }

    /// AWS's error code with namespace and URI suffix removed (`ConcurrentModificationException`).
    public var code: String
    /// AWS's message, or the client's explanation for client codes.
    public var message: String
    /// The HTTP status; 0 when no response arrived.
    public var httpStatus: Int
    /// AWS's request id, when the response carried one.
    public var requestId: String?
    /// The botocore service name (`organizations`).
    public var service: String
    /// The operation or action name (`CreateAccount`).
    public var operation: String
    /// How long AWS asked us to wait before retrying (`Retry-After`, `RetryAfterSeconds`).
    public var retryAfter: Duration?
    /// The organization or account label the call was made for.
    public var scope: String
    /// Where the failure came from.
    public var origin: Origin

    /// Creates an error.
    public init(code: String, message: String, httpStatus: Int, requestId: String? = nil, service: String,
                operation: String, retryAfter: Duration? = nil, scope: String, origin: Origin = .service) {
        self.code = code
        self.message = message
        self.httpStatus = httpStatus
        self.requestId = requestId
        self.service = service
        self.operation = operation
        self.retryAfter = retryAfter
        self.scope = scope
        self.origin = origin
    }

    /// Wraps a transport failure with the call it belongs to.
    public init(transport error: HTTPTransportError, service: String, operation: String, scope: String) {
        let code: String
        switch error.kind {
        case .connect: code = ClientCode.connect
        case .timeout: code = ClientCode.timeout
        case .connectionLost: code = ClientCode.connectionLost
        case .other: code = ClientCode.transport
        }
        self.init(code: code, message: "\(error.detail) (\(error.url))", httpStatus: 0, service: service,
                  operation: operation, scope: scope, origin: .transport(error.kind))
    }

    /// Whether the server answered at all (an HTTP status arrived).
    public var hasResponse: Bool { httpStatus != 0 }

    /// `organizations CreateAccount failed for 'workloads': ConcurrentModificationException (HTTP 400): … [request 1234]`.
    public var description: String {
        var text = "\(service) \(operation) failed"
        if !scope.isEmpty { text += " for '\(scope)'" }
        text += ": \(code)"
        if httpStatus != 0 { text += " (HTTP \(httpStatus))" }
        if !message.isEmpty { text += ": \(message)" }
        if let requestId, !requestId.isEmpty { text += " [request \(requestId)]" }
        return text
    }
}
