import Foundation

/// One earlier committed outcome, kept in the status file so the last few results read without `git log`.
///
/// Only what is committed enters the history (a pass without a commit adds
/// nothing), so the list changes exactly when the file changes anyway.
public struct StatusHistoryEntry: Sendable, Hashable {
    /// The source revision of that outcome.
    public var revision: String
    /// Its result.
    public var result: ReconcileResult
    /// When it was committed.
    public var time: Date

    /// Creates an entry.
    public init(revision: String, result: ReconcileResult, time: Date) {
        self.revision = revision
        self.result = result
        self.time = time
    }
}
