import GitClient
import OrgModel

/// What one organization's pass has learnt so far, carried from step to step.
///
/// A value, filled in by the steps in order; the status document and the
/// commit message are computed from it at the end, so every way a pass can
/// stop produces a status.
struct PassWork: Sendable {
    /// Why changes were left on purpose.
    enum Hold: Sendable, Equatable {
        case observe
        case suspended
        case refused(String)

        var message: String {
            switch self {
            case .observe: "observe mode"
            case .suspended: "reconcile.suspend is true"
            case .refused(let why): why
            }
        }
    }

    let organization: String
    let source: SourceSnapshot
    /// The status last committed.
    let previous: StatusDocument?
    /// The desired state in force (the revision's, or the last valid one's).
    var desired: DesiredOrganization?
    /// The revision `desired` came from.
    var desiredRevision: Revision?
    /// `invalid` or `refused`, whatever the convergence of the state in force gave.
    var override: ReconcileResult?
    var diagnostics: [String] = []
    var message: String?
    var held: Hold?
    var failure: PassFailure?
    /// Set when something the pass started is still in progress (a CreateAccount request): requeue soon.
    var waiting: PassFailure?
    var events: [StatusEvent] = []
    /// Drift the extensions detected in this pass: worth a status commit even when the outcome is unchanged.
    var detected: [DetectedDrift] = []
    var counts = StatusCounts()
    /// Failed actions by resource, with AWS's reason.
    var failures: [ResourceRef: String] = [:]
    /// Created or adopted IDs the report gave, by resource.
    var remaining: OrganizationPlan?
    var live: LiveOrganization?
    var inventory: Inventory?

    init(organization: String, source: SourceSnapshot, previous: StatusDocument?) {
        self.organization = organization
        self.source = source
        self.previous = previous
    }

    /// The last applied revision after this pass: the state in force, when it was applied (or held) without failing.
    var lastAppliedRevision: String? {
        if let desiredRevision, failure == nil, held == nil, counts.failed == 0 { return desiredRevision.id }
        return previous?.lastAppliedRevision
    }

    mutating func useLastValid(_ lastValid: ValidRevision?) {
        guard let lastValid, let organization = lastValid.desired.organizations[organization] else { return }
        desired = organization
        desiredRevision = lastValid.revision
    }

    mutating func fail(_ failure: PassFailure) {
        self.failure = failure
        self.message = failure.message
    }

    /// Counts drift: a difference is drift when the state in force is the one last applied, or the differ's
    /// inventory digests say AWS moved while the manifests did not; a difference a new revision causes is a change.
    ///
    /// Drift an extension detected (drifted stack instances) is counted once per item, before the actions;
    /// the actions that re-apply it are not counted again (their success is recorded as applied).
    mutating func recordPlan(_ plan: OrganizationPlan, detected: [DetectedDrift] = []) {
        let unchanged = desiredRevision.map { $0.id == previous?.lastAppliedRevision } ?? false
        let remediations = Set(detected.flatMap(\.remediatedBy))
        for item in detected {
            counts.driftFound += 1
            events.append(StatusEvent(kind: .drift, text: item.text))
        }
        self.detected = detected
        for action in plan.actions where (unchanged || action.reason.isDrift) && !remediations.contains(action.id) {
            counts.driftFound += 1
            events.append(.drift(action))
        }
    }

    mutating func recordApply(_ report: ApplyReport, plan: OrganizationPlan) {
        for result in report.results {
            guard let action = plan.action(result.actionId) else { continue }
            switch result.status {
            case .applied:
                counts.applied += 1
                events.append(.applied(action))
            case .failed(let reason):
                counts.failed += 1
                failures[action.resource] = reason
                events.append(.failed(action, reason: reason))
            case .skipped:
                break
            }
        }
    }

    mutating func finish(remaining: OrganizationPlan, live: LiveOrganization, inventory: Inventory) {
        self.remaining = remaining
        self.live = live
        self.inventory = inventory
        counts.driftLeft = remaining.actions.count
    }

    /// The result before the revision's verdict is applied over it.
    var convergenceResult: ReconcileResult {
        if failure != nil || counts.failed > 0 { return .failed }
        if counts.driftLeft > 0 { return held == nil ? .drifted : .pending }
        return .converged
    }

    var result: ReconcileResult { override ?? convergenceResult }
}
