import Foundation
import OrgModel

extension PassWork {
    /// The status document of the pass. Without a fresh read (invalid with nothing in force, a read that
    /// failed) the previous resources and inventory are carried over, so prune never loses what it owns.
    func document(time: Date, configuration: ReconcileConfiguration) -> StatusDocument {
        let result = self.result
        var message = self.message
        if message == nil {
            switch result {
            case .pending: message = held?.message
            case .invalid:
                let kept = desiredRevision.map { "; revision \($0.short) stays in force" } ?? "; nothing is in force yet"
                message = "revision \(source.revision.short) failed validation\(kept)"
            case .drifted: message = "\(counts.driftLeft) differences could not be reverted"
            case .failed: message = "\(counts.failed) actions failed"
            case .converged, .refused: break
            }
        }
        return StatusDocument(
            organization: organization, sourceRevision: source.revision.id, lastAppliedRevision: lastAppliedRevision,
            time: time, result: result, counts: counts, message: message, diagnostics: diagnostics,
            conditions: conditions(result, message: message),
            resources: remaining.map { resources(remaining: $0) } ?? previous?.resources ?? [],
            inventory: inventory ?? previous?.inventory)
    }

    /// Ready / Reconciling / Stalled with CamelCase reasons, in the manner of Flux's kstatus.
    func conditions(_ result: ReconcileResult, message: String?) -> [StatusCondition] {
        let why = message ?? ""
        let revision = source.revision.short
        switch result {
        case .converged:
            return [StatusCondition(type: .ready, status: true, reason: "ReconciliationSucceeded",
                                    message: "applied revision \(revision)"),
                    StatusCondition(type: .reconciling, status: false, reason: "ReconciliationSucceeded", message: "nothing left to do"),
                    StatusCondition(type: .stalled, status: false, reason: "ReconciliationSucceeded", message: "not stalled")]
        case .pending:
            let reason = switch held {
            case .observe: "ObserveMode"
            case .suspended: "Suspended"
            case .refused: "DeletionLimitExceeded"
            case nil: "ChangesHeld"
            }
            let stalled = if case .refused = held { true } else { false }
            return [StatusCondition(type: .ready, status: false, reason: reason, message: why),
                    StatusCondition(type: .reconciling, status: false, reason: reason, message: "changes are held, not applied"),
                    StatusCondition(type: .stalled, status: stalled, reason: reason, message: stalled ? why : "not stalled")]
        case .drifted:
            return [StatusCondition(type: .ready, status: false, reason: "DriftRemaining", message: why),
                    StatusCondition(type: .reconciling, status: true, reason: "ProgressingWithRetry", message: "retried on the next interval"),
                    StatusCondition(type: .stalled, status: false, reason: "DriftRemaining", message: "not stalled")]
        case .failed where failure?.classification == .stalled:
            return [StatusCondition(type: .ready, status: false, reason: "AccessDenied", message: why),
                    StatusCondition(type: .reconciling, status: false, reason: "AccessDenied", message: "waiting for access to be fixed"),
                    StatusCondition(type: .stalled, status: true, reason: "AccessDenied", message: why)]
        case .failed:
            let reason = switch failure?.step {
            case .readLive?, .verify?: "ReadFailed"
            case .plan?: "PlanFailed"
            default: "ApplyFailed"
            }
            return [StatusCondition(type: .ready, status: false, reason: reason, message: why),
                    StatusCondition(type: .reconciling, status: true, reason: "ProgressingWithRetry", message: "retried with backoff"),
                    StatusCondition(type: .stalled, status: false, reason: reason, message: "not stalled")]
        case .invalid, .refused:
            let reason = result == .invalid ? "ValidationFailed" : "SignatureVerificationFailed"
            return [StatusCondition(type: .ready, status: false, reason: reason, message: why),
                    StatusCondition(type: .reconciling, status: false, reason: reason, message: "waiting for a new revision"),
                    StatusCondition(type: .stalled, status: true, reason: reason, message: why)]
        }
    }

    /// Every resource seen: managed ones from the inventory, plus what is still planned, failed or unmanaged.
    func resources(remaining: OrganizationPlan) -> [ResourceStatus] {
        var byKey: [String: ResourceStatus] = [:]
        func key(_ kind: String, _ name: String) -> String { "\(kind)\u{0}\(name)" }
        for entry in inventory?.entries ?? [] {
            byKey[key(entry.kind.rawValue, entry.name)] = ResourceStatus(kind: entry.kind.rawValue, name: entry.name,
                                                                          awsId: entry.awsId, state: .inSync)
        }
        for action in remaining.actions {
            let ref = action.resource
            let state: ResourceState = action.effect == .delete ? .pendingDeletion
                : action.reason == .resumeCreate || (action.effect == .create && held != nil) ? .creating : .drifted
            let existing = byKey[key(ref.kind.rawValue, ref.name)]
            guard existing?.state != .pendingDeletion else { continue }
            byKey[key(ref.kind.rawValue, ref.name)] = ResourceStatus(kind: ref.kind.rawValue, name: ref.name,
                                                                      awsId: ref.awsId ?? existing?.awsId, state: state)
        }
        for (ref, reason) in failures {
            let existing = byKey[key(ref.kind.rawValue, ref.name)]
            byKey[key(ref.kind.rawValue, ref.name)] = ResourceStatus(kind: ref.kind.rawValue, name: ref.name,
                                                                      awsId: ref.awsId ?? existing?.awsId, state: .failed,
                                                                      lastError: reason)
        }
        for ref in remaining.unmanaged where byKey[key(ref.kind.rawValue, ref.name)] == nil {
            byKey[key(ref.kind.rawValue, ref.name)] = ResourceStatus(kind: ref.kind.rawValue, name: ref.name,
                                                                      awsId: ref.awsId, state: .unmanaged)
        }
        return byKey.values.sorted()
    }
}
