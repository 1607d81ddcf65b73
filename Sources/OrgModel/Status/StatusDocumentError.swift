/// Why a status file could not be read back.
///
/// A status file that cannot be read is not fatal to the loop (it plans as if
/// there were no inventory and says so), but the reason must name the field.
public struct StatusDocumentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Stable code: `status-not-yaml`, `status-wrong-version`, `status-missing-field`, `status-bad-value`.
    public var code: String
    /// Lower-case message quoting the bad value.
    public var message: String

    /// Creates an error.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(message) [\(code)]" }
}
