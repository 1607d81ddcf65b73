/// A retry setting from the environment could not be read.
public struct RetryConfigurationError: Error, Sendable, CustomStringConvertible {
    /// The variable.
    public var variable: String
    /// Its value as given.
    public var value: String

    /// A stable code.
    public var code: String { "InvalidRetryConfiguration" }

    /// Quotes the variable and its bad value.
    public var description: String {
        "\(variable) must be a whole number of attempts of at least 1, not '\(value)'"
    }
}
