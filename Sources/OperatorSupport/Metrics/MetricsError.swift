/// Why a metric could not be registered or updated: always a programming mistake, named precisely.
public struct MetricsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable code: `invalid-metric-name`, `invalid-label-name`, `metric-conflict`, `label-mismatch`, `invalid-buckets`.
    public var code: String
    /// A lower-case message quoting the offending name.
    public var message: String

    /// Creates an error.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
