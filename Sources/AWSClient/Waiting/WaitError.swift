import Foundation

/// A wait ended without success.
public struct WaitError: Error, Sendable, CustomStringConvertible {
    /// How it ended.
    public enum Kind: String, Sendable {
        /// The operation was still running when the total wait ran out.
        case timedOut
        /// AWS reported the operation failed.
        case failed
    }

    /// How it ended.
    public var kind: Kind
    /// What was awaited (`CreateAccount car-1234 for 'workloads'`).
    public var what: String
    /// AWS's failure reason, or the last pending status on timeout.
    public var detail: String
    /// How many times the status was read.
    public var polls: Int
    /// Seconds of (clock) time spent waiting.
    public var waited: TimeInterval

    /// A stable code: `WaitTimedOut` or `WaitFailed`.
    public var code: String { kind == .timedOut ? "WaitTimedOut" : "WaitFailed" }

    /// Names what was awaited and why the wait ended.
    public var description: String {
        switch kind {
        case .timedOut:
            "gave up waiting for \(what) after \(Int(waited.rounded())) s and \(polls) polls; last status: \(detail)"
        case .failed:
            "\(what) failed: \(detail)"
        }
    }
}
