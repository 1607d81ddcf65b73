/// A `--listen HOST:PORT` value: `0.0.0.0:8080`, `127.0.0.1:0`, `[::1]:9090`, `:8080`, `localhost:8080`.
///
/// Port 0 asks the kernel for a free port; the server reports the one it got.
public struct BindAddress: Sendable, Hashable, CustomStringConvertible {
    /// The host or address literal (without brackets); `0.0.0.0` when the value started with `:`.
    public var host: String
    /// The port, 0 for "any free port".
    public var port: UInt16

    /// Creates an address.
    public init(host: String, port: UInt16) {
        self.host = host
        self.port = port
    }

    /// Parses `HOST:PORT`, with IPv6 literals in brackets.
    public init(parsing text: String) throws(HTTPServerError) {
        let host: Substring
        let portText: Substring
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            host = text[text.index(after: text.startIndex)..<close]
            let rest = text[text.index(after: close)...]
            guard rest.hasPrefix(":") else { throw Self.invalid(text) }
            portText = rest.dropFirst()
        } else if let colon = text.lastIndex(of: ":"), !text[..<colon].contains(":") {
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
        } else {
            throw Self.invalid(text)
        }
        guard let port = UInt16(portText) else { throw Self.invalid(text) }
        self.host = host.isEmpty ? "0.0.0.0" : String(host)
        self.port = port
    }

    private static func invalid(_ text: String) -> HTTPServerError {
        HTTPServerError(code: "invalid-listen-address",
                        message: "listen address '\(text)' is not HOST:PORT (for example 0.0.0.0:8080 or [::1]:8080)")
    }

    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}
