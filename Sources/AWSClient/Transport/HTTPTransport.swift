import Foundation

/// An HTTP request as the AWS client builds and signs it.
///
/// A plain value so that signing, retrying and testing never depend on
/// `URLRequest`: the transport is the only place that turns it into one.
public struct HTTPRequest: Sendable, Equatable {
    /// Upper-case method, such as `POST`.
    public var method: String
    /// The full URL, including any query string.
    public var url: URL
    /// Header fields in the order they were set. Names keep their case; lookups are case-insensitive.
    public var headers: [(name: String, value: String)]
    /// The request body; empty for none.
    public var body: [UInt8]

    /// Creates a request.
    public init(method: String, url: URL, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// The first value of a header, compared case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Replaces every header of that name (case-insensitive) with one value.
    public mutating func setHeader(_ name: String, _ value: String) {
        headers.removeAll { $0.name.lowercased() == name.lowercased() }
        headers.append((name, value))
    }

    public static func == (lhs: HTTPRequest, rhs: HTTPRequest) -> Bool {
        lhs.method == rhs.method && lhs.url == rhs.url && lhs.body == rhs.body
            && lhs.headers.map { "\($0.name):\($0.value)" } == rhs.headers.map { "\($0.name):\($0.value)" }
    }
}

/// An HTTP response: status, headers and the whole body.
public struct HTTPResponse: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// Header fields; lookups are case-insensitive.
    public var headers: [(name: String, value: String)]
    /// The whole response body.
    public var body: [UInt8]

    /// Creates a response.
    public init(status: Int, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of a header, compared case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// Sends one HTTP request and returns the response.
///
/// The seam between the AWS client and the network: the real implementation
/// uses URLSession; retries, signing and rate limiting sit above it, so a
/// transport never retries on its own. Connection-level failures are thrown
/// as `HTTPTransportError`.
public protocol HTTPTransport: Sendable {
    /// Sends the request, waiting at most `timeout` for the whole exchange.
    func send(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPResponse
}

/// A failure below HTTP: the request may or may not have reached the server.
public struct HTTPTransportError: Error, Sendable, CustomStringConvertible {
    /// Why the exchange failed.
    public enum Kind: String, Sendable {
        /// Could not connect (refused, DNS, unreachable).
        case connect
        /// The exchange took longer than its timeout.
        case timeout
        /// The connection dropped mid-exchange.
        case connectionLost
        /// Anything else the transport reported.
        case other
    }
    /// The classified failure.
    public var kind: Kind
    /// The transport's own words.
    public var detail: String
    /// The URL that was being requested (no credentials are ever in it).
    public var url: String

    /// Creates a transport error.
    public init(kind: Kind, detail: String, url: String) {
        self.kind = kind
        self.detail = detail
        self.url = url
    }

    public var description: String { "\(kind.rawValue) error for \(url): \(detail)" }
}
