/// How a plan is printed.
public enum PlanOutputFormat: String, Sendable, Hashable, CaseIterable {
    /// For a terminal: one line per action, `field: before → after` beneath.
    case text
    /// One JSON document on stdout, for scripts.
    case json
    /// For a pull-request comment.
    case markdown
}
