/// A Kubernetes-style condition of the status file: `Ready`, `Reconciling` or `Stalled`.
///
/// Conditions let tools written for Flux or Crossplane statuses read orgops
/// with the same three questions: is it done, is it working, is it stuck.
/// No transition time is kept: the document's `time` is its only timestamp,
/// so two passes with the same outcome give byte-identical conditions.
public struct StatusCondition: Sendable, Hashable, Codable, Comparable {
    /// The three condition types, in the order the file lists them.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The organization matches the manifests of `sourceRevision`.
        case ready = "Ready"
        /// Work is still to be done without a person's help (a retry is scheduled).
        case reconciling = "Reconciling"
        /// The operator cannot progress until someone changes the manifests, the keys or AWS.
        case stalled = "Stalled"

        var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    }

    /// Which condition.
    public var type: Kind
    /// Whether it holds.
    public var status: Bool
    /// A CamelCase reason (`ReconciliationSucceeded`, `ValidationFailed`, …), stable for tools.
    public var reason: String
    /// A lower-case sentence for people.
    public var message: String

    /// Creates a condition.
    public init(type: Kind, status: Bool, reason: String, message: String) {
        self.type = type
        self.status = status
        self.reason = reason
        self.message = message
    }

    public static func < (a: StatusCondition, b: StatusCondition) -> Bool { a.type.order < b.type.order }
}
