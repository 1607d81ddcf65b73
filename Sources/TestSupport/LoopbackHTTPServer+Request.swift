/// One request as the loopback server received it.
public struct LoopbackRecordedRequest: Sendable {
    /// The request method.
    public var method: String
    /// The request target (path and query).
    public var target: String
    /// The header fields in arrival order.
    public var headers: [(name: String, value: String)]
    /// The body bytes.
    public var body: [UInt8]
    /// Which accepted connection carried it (1-based).
    public var connection: Int

    /// The first value of a header, compared case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The body as UTF-8 text.
    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}
