/// A list went on past its page cap.
public struct PaginationError: Error, Sendable, CustomStringConvertible {
    /// What was being listed.
    public var what: String
    /// The cap that was reached.
    public var maxPages: Int

    /// A stable code.
    public var code: String { "PaginationLimitExceeded" }

    /// The message a person reads: what was listed and the cap.
    public var description: String {
        "\(what) returned more than \(maxPages) pages; stopped to avoid an endless page loop"
            + " (raise the page cap if the list is really that long)"
    }
}
