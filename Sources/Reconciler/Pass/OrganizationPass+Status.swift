import Foundation
import GitClient
import OperatorSupport
import OrgModel

extension OrganizationPass {
    /// Whether the pass's status is worth a commit: the outcome changed, something was applied, or the heartbeat is due.
    /// Drift a scheduled detection found (`detected`) is news even when it is only reported and the outcome
    /// is otherwise the same: detection runs on its own schedule, so this does not commit every interval.
    func shouldCommit(_ document: StatusDocument, previous: StatusDocument?, detected: Bool = false) -> Bool {
        guard let previous else { return true }
        if !document.hasSameOutcome(as: previous) || document.counts.applied > 0 || detected { return true }
        if let heartbeat = configuration.heartbeat {
            let seconds = Double(heartbeat.components.seconds) + Double(heartbeat.components.attoseconds) / 1e18
            return document.time.timeIntervalSince(previous.time) >= seconds
        }
        return false
    }

    /// The write-status step: commits (and pushes) when `shouldCommit` says so; a push that cannot land is
    /// kept by the repository and is not a failure of the pass.
    func writeStatus(_ document: StatusDocument, work: PassWork, durationMs: Int,
                     log: Logger) async -> (committed: Bool, failure: PassFailure?) {
        guard shouldCommit(document, previous: work.previous, detected: !work.detected.isEmpty) else {
            log.debug("outcome unchanged; no status commit", ["step": PassStep.writeStatus.rawValue])
            return (false, nil)
        }
        let message = StatusMessage(document: document, events: work.events, durationMs: durationMs)
        let committed = document.committed(after: work.previous)
        let commit = StatusCommit(files: [document.path: Array(committed.yaml().utf8)], summary: message.summary,
                                  body: message.body.joined(separator: "\n"),
                                  trailers: message.trailers.map { StatusCommit.Trailer($0.key, $0.value) })
        do {
            let outcome = try await repository.writeStatus(commit)
            log.info(message.summary, ["step": PassStep.writeStatus.rawValue, "pushed": String(outcome.pushed),
                                       "pending": String(outcome.pendingCommits)])
            return (true, nil)
        } catch {
            log.error("status commit failed", ["step": PassStep.writeStatus.rawValue, "error": error.message])
            return (false, PassFailure(step: .writeStatus, classification: .transient,
                                       requeueAfter: configuration.transientRequeue, message: error.message))
        }
    }
}
