/// The bounds that keep a misbehaving or hostile client from exhausting the operator.
public struct HTTPServerLimits: Sendable, Hashable {
    /// The largest request line plus headers.
    public var maxHeaderBytes: Int
    /// The largest body (`Content-Length`); webhook payloads are far below the default.
    public var maxBodyBytes: Int
    /// How long a connection may take to send a request, and stay idle between requests.
    public var readTimeout: Duration
    /// How long writing a response may block.
    public var writeTimeout: Duration
    /// Connections served at once; more are answered 503 and closed.
    public var maxConnections: Int
    /// Requests served on one keep-alive connection before it is closed.
    public var maxRequestsPerConnection: Int

    /// Creates limits; the defaults suit health checks, scrapes and GitHub/GitLab webhooks (≤ 25 MB bodies are not expected).
    public init(maxHeaderBytes: Int = 16 * 1024, maxBodyBytes: Int = 4 << 20, readTimeout: Duration = .seconds(10),
                writeTimeout: Duration = .seconds(10), maxConnections: Int = 64, maxRequestsPerConnection: Int = 1_000) {
        self.maxHeaderBytes = maxHeaderBytes
        self.maxBodyBytes = maxBodyBytes
        self.readTimeout = readTimeout
        self.writeTimeout = writeTimeout
        self.maxConnections = maxConnections
        self.maxRequestsPerConnection = maxRequestsPerConnection
    }
}
