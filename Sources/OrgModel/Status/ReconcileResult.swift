/// How one reconcile pass of an organization ended: the `Orgops-Result` trailer and the status file's `result`.
///
/// The six values are those of STATUS.md; tools read them with
/// `git log --format='%(trailers:key=Orgops-Result,valueonly)'`, so the raw
/// values are a contract and never change.
public enum ReconcileResult: String, Sendable, Hashable, Codable, CaseIterable {
    /// Nothing differs at the end of the pass (drift found and reverted still ends here).
    case converged
    /// Differences left on purpose: observe mode, `reconcile.suspend`, a plan refused by `--max-deletions`.
    case pending
    /// Drift left that could not be reverted.
    case drifted
    /// Actions failed, or live state could not be read.
    case failed
    /// The revision failed validation; nothing of it was applied.
    case invalid
    /// The revision failed signature verification; nothing of it was applied.
    case refused
}

/// The state of one resource as the status file lists it.
public enum ResourceState: String, Sendable, Hashable, Codable, CaseIterable {
    /// Live state matches the manifests.
    case inSync = "in-sync"
    /// Live state differs from the manifests and the difference is still there.
    case drifted
    /// Being created (a CreateAccount request still in flight, or planned but held).
    case creating
    /// The last action on it failed (see `lastError`).
    case failed
    /// Managed, its manifest is gone, and its deletion is still to happen.
    case pendingDeletion = "pending-deletion"
    /// Found in AWS but not managed by orgops: reported, never touched.
    case unmanaged
}
