import GitClient
import OrgModel

/// What the source steps (fetch, verify, load) made of one revision, shared by every organization's pass.
public struct SourceSnapshot: Sendable {
    /// Whether the revision may be reconciled, and if not, why.
    public enum Verdict: Sendable {
        /// Valid manifests.
        case valid(DesiredState)
        /// Validation failed: the diagnostics, one line each.
        case invalid(diagnostics: [String])
        /// Signature verification failed: what git found.
        case refused(SignatureVerification)
    }

    /// The revision fetched.
    public var revision: Revision
    /// What was made of it.
    public var verdict: Verdict
    /// Organizations the revision names (for an invalid or refused one, found by a lenient scan of its files).
    public var organizations: [String]

    /// Creates a snapshot.
    public init(revision: Revision, verdict: Verdict, organizations: [String]) {
        self.revision = revision
        self.verdict = verdict
        self.organizations = organizations.sorted()
    }

    /// The desired state when the revision is valid.
    public var desired: DesiredState? {
        if case .valid(let desired) = verdict { return desired }
        return nil
    }
}

/// The last revision whose manifests were valid (and trusted): it stays in force for drift correction.
public struct ValidRevision: Sendable {
    /// The revision.
    public var revision: Revision
    /// Its desired state.
    public var desired: DesiredState

    /// Creates a value.
    public init(revision: Revision, desired: DesiredState) {
        self.revision = revision
        self.desired = desired
    }
}
