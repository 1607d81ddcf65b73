import Foundation

/// The part of a GitHub or GitLab push event the operator acts on: which ref moved, and to what.
///
/// Both hosts put `ref` (`refs/heads/main`) and `after` (the new commit) at
/// the top level of the payload; GitLab adds `checkout_sha`. The operator
/// only uses this to decide whether to reconcile early: the revision itself
/// is always re-read with `git fetch`, never trusted from the payload.
public struct WebhookPush: Sendable, Hashable {
    /// The full ref name, such as `refs/heads/main`.
    public var ref: String
    /// The commit the ref now points at, when the payload says (all zeros for a deleted branch).
    public var after: String?

    /// Creates a push.
    public init(ref: String, after: String? = nil) {
        self.ref = ref
        self.after = after
    }

    /// The branch name when `ref` is a branch (`refs/heads/<name>`), else `nil`.
    public var branch: String? {
        ref.hasPrefix("refs/heads/") ? String(ref.dropFirst("refs/heads/".count)) : nil
    }

    /// Parses a push payload; `nil` when the body is not JSON or has no string `ref` (a ping, an issue event).
    public init?(payload: [UInt8]) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(payload)) as? [String: Any],
              let ref = object["ref"] as? String, !ref.isEmpty else { return nil }
        self.ref = ref
        self.after = (object["after"] as? String) ?? (object["checkout_sha"] as? String)
    }
}
