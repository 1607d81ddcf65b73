/// A `group=value` limit setting could not be read.
public struct RateLimitSpecError: Error, Sendable, CustomStringConvertible {
    /// The setting as given.
    public var spec: String
    /// What is wrong with it.
    public var reason: String

    /// A stable code.
    public var code: String { "InvalidRateLimit" }

    /// Quotes the setting and says what form it must take.
    public var description: String { "invalid limit '\(spec)': \(reason)" }
}
