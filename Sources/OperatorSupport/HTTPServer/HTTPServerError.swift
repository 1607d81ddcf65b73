/// Why the HTTP server could not start: a bad `--listen` value or a socket call that failed.
public struct HTTPServerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable code: `invalid-listen-address`, `socket-failed`, `bind-failed`, `listen-failed`, `already-started`.
    public var code: String
    /// A lower-case message quoting the address and the system error.
    public var message: String

    /// Creates an error.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
