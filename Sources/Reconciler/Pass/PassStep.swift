/// The named steps of the reconcile pass, in the order they run; logs carry the name in the `step` field.
public enum PassStep: String, Sendable, Hashable, CaseIterable {
    /// Fetch the watched branch.
    case fetchSource = "fetch-source"
    /// Check the head commit's signature (`--verify-signatures`).
    case verifySignature = "verify-signature"
    /// Load and validate the manifests of the revision.
    case loadManifests = "load-manifests"
    /// Read the organization's live state.
    case readLive = "read-live"
    /// Diff desired against live.
    case plan
    /// Carry out the plan.
    case apply
    /// Read again and plan again: what is left.
    case verify
    /// Commit and push the status.
    case writeStatus = "write-status"
}

/// Why a step stopped the pass, and when to try again.
///
/// The class decides the requeue: a stalled pass waits for a person (new
/// revision, new keys) and is only retried on the normal interval; a waiting
/// one has something in flight (CreateAccount) and comes back soon; a
/// transient one (throttling, a network error) backs off exponentially.
public struct PassFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// How the failure is retried.
    public enum Classification: String, Sendable, Hashable {
        /// Needs a person: invalid manifests, untrusted signature, a deletion limit.
        case stalled
        /// Something is in progress and will finish by itself.
        case waiting
        /// Worth retrying soon with backoff.
        case transient
    }

    /// The step that stopped.
    public var step: PassStep
    /// How it is retried.
    public var classification: Classification
    /// When to run the organization again at the earliest.
    public var requeueAfter: Duration
    /// Lower-case reason a person can act on (never a secret).
    public var message: String

    /// Creates a failure.
    public init(step: PassStep, classification: Classification, requeueAfter: Duration, message: String) {
        self.step = step
        self.classification = classification
        self.requeueAfter = requeueAfter
        self.message = message
    }

    public var description: String { "\(step.rawValue) \(classification.rawValue): \(message)" }
}

extension PassFailure {
    /// AWS error codes that no retry will fix: the role or credentials must change (Flux's AccessDenied → Stalled).
    static let stallingCodes = ["AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "UnrecognizedClientException",
                                "InvalidClientTokenId", "AWSOrganizationsNotInUseException"]

    /// Classifies an error that stopped `step`: stalled when its text names a stalling AWS code, transient otherwise.
    /// - Parameters:
    ///   - transientRequeue: the requeue of a transient failure (backoff grows from there).
    ///   - stalledRequeue: the requeue of a stalled one (the normal interval: it waits for a person).
    static func classify(_ error: any Error, step: PassStep, message: String, transientRequeue: Duration,
                         stalledRequeue: Duration) -> PassFailure {
        let text = String(describing: error)
        let stalled = stallingCodes.contains { code in
            text.range(of: "\\b\(code)\\b", options: .regularExpression) != nil
        }
        return PassFailure(step: step, classification: stalled ? .stalled : .transient,
                           requeueAfter: stalled ? stalledRequeue : transientRequeue, message: message)
    }
}
