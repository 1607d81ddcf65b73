/// How the retry policy sees one failed attempt.
public enum RetryClass: String, Sendable, Equatable {
    /// AWS asked us to slow down; retried, and the client-side rate adapts down.
    case throttling
    /// A 5xx, a timeout or a broken connection; retried.
    case transient
    /// A conflict that clears on its own (concurrent modification, operation in progress);
    /// the SDKs do not retry these, the operator does, with more attempts.
    case operatorExtra
    /// Anything else: surfaced at once.
    case notRetryable
}
