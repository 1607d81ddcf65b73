/// The server could not start; `errno` says why.
public struct LoopbackServerError: Error, CustomStringConvertible {
    /// The socket call that failed.
    public var step: String
    /// The C error number.
    public var errno: Int32

    /// Names the failing socket call and errno.
    public var description: String { "loopback server: \(step) failed with errno \(errno)" }
}
