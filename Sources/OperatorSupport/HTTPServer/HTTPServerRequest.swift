/// One parsed HTTP/1.1 request, as route handlers see it.
public struct HTTPServerRequest: Sendable, Hashable {
    /// The method, upper-case (`GET`, `POST`, `HEAD`).
    public var method: String
    /// The request target as sent (`/readyz?verbose=1`).
    public var target: String
    /// The minor HTTP version (`1` for HTTP/1.1, `0` for HTTP/1.0).
    public var minorVersion: Int
    /// Header fields in order, names lower-cased.
    public var headers: [(name: String, value: String)]
    /// The body (empty without `Content-Length`).
    public var body: [UInt8]

    /// Creates a request.
    public init(method: String, target: String, minorVersion: Int = 1, headers: [(name: String, value: String)] = [],
                body: [UInt8] = []) {
        self.method = method
        self.target = target
        self.minorVersion = minorVersion
        self.headers = headers.map { ($0.name.lowercased(), $0.value) }
        self.body = body
    }

    /// The path part of the target, without the query.
    public var path: String {
        target.firstIndex(of: "?").map { String(target[..<$0]) } ?? target
    }

    /// The query part of the target after `?`, or `""`.
    public var query: String {
        target.firstIndex(of: "?").map { String(target[target.index(after: $0)...]) } ?? ""
    }

    /// The value of header `name` (case-insensitive); repeated fields are joined with `, `.
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        let values = headers.filter { $0.name == wanted }.map(\.value)
        return values.isEmpty ? nil : values.joined(separator: ", ")
    }

    /// Whether the client asked to keep the connection open after this request.
    public var keepAlive: Bool {
        let connection = header("connection")?.lowercased() ?? ""
        if minorVersion == 0 { return connection.contains("keep-alive") }
        return !connection.contains("close")
    }

    public static func == (a: HTTPServerRequest, b: HTTPServerRequest) -> Bool {
        a.method == b.method && a.target == b.target && a.minorVersion == b.minorVersion && a.body == b.body
            && a.headers.map(\.name) == b.headers.map(\.name) && a.headers.map(\.value) == b.headers.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(method)
        hasher.combine(target)
        hasher.combine(body)
    }
}
