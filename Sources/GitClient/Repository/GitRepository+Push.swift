import Foundation
import OperatorSupport

extension GitRepository {
    func performWriteStatus(_ commit: StatusCommit) async throws(GitError) -> StatusPushOutcome {
        _ = try await commitLocally(commit)
        guard let outcome = try await performPushPending() else {
            throw GitError(code: .notFound, message: "the status commit on '\(configuration.statusBranch)' vanished before it was pushed")
        }
        return outcome
    }

    func performReadStatusFile(_ path: String) async throws(GitError) -> [UInt8]? {
        let local = try await shell.commit(localStatusRef)
        guard let tip = try await statusBase(local: local) else { return nil }
        return try await readBlob(path, at: tip)
    }

    /// The push loop of `pushPendingStatus()`, for callers already holding the clone.
    func performPushPending() async throws(GitError) -> StatusPushOutcome? {
        guard var local = try await shell.commit(localStatusRef) else { return nil }
        if let remote = try await shell.commit(remoteStatusRef), try await shell.isAncestor(local, of: remote) {
            return nil
        }
        let policy = configuration.pushRetry
        var lastFailure: String?
        var attempted = 0
        for attempt in 1...policy.attempts {
            if attempt > 1 {
                // A cancelled pass (shutdown) stops retrying; the commits stay in the outbox for the next start.
                do { try await clock.sleep(for: backoff(afterAttempt: attempt - 1)) } catch { break }
                do {
                    try await fetchRemote()
                    local = try await rebaseOutbox(local)
                } catch {
                    lastFailure = error.message
                    continue
                }
            }
            attempted = attempt
            do {
                let push = try await shell.runUnchecked(
                    ["push", "--porcelain", "--no-verify", "origin", "\(local.id):refs/heads/\(configuration.statusBranch)"],
                    doing: "pushing '\(configuration.statusBranch)'", network: true)
                if push.termination.isSuccess {
                    return StatusPushOutcome(head: local, pushed: true, attempts: attempt, pendingCommits: 0)
                }
                lastFailure = Self.pushFailure(push)
            } catch {
                lastFailure = error.message
            }
            logger.warning("status push failed", ["git.branch": configuration.statusBranch, "attempt": "\(attempt)",
                                                  "git.revision": local.id, "reason": lastFailure ?? ""])
        }
        let pending = try await pendingCount(local)
        logger.notice("status commits kept locally until the next push", [
            "git.branch": configuration.statusBranch, "pending": "\(pending)", "git.revision": local.id])
        return StatusPushOutcome(head: local, pushed: false, attempts: attempted, pendingCommits: pending,
                                 lastFailure: lastFailure)
    }

    /// Re-creates the outbox's unpushed commits on the remote's tip when the remote moved, returning the new head.
    func rebaseOutbox(_ local: Revision) async throws(GitError) -> Revision {
        guard let remote = try await shell.commit(remoteStatusRef) else { return local }
        if try await shell.isAncestor(remote, of: local) { return local }
        let listing = try await shell.output(["rev-list", "--reverse", "--topo-order", local.id, "^" + remote.id],
                                             doing: "listing unpushed status commits")
        var tip = remote
        for line in listing.split(separator: "\n") {
            guard let commit = Revision(id: String(line)) else {
                throw GitError(code: .malformedOutput, message: "git rev-list printed '\(line)', not an object id")
            }
            let changes = try await changes(of: commit)
            let (message, author) = try await messageAndAuthor(of: commit)
            tip = try await makeCommit(changes: changes, onto: tip, message: message, author: author)
        }
        try await moveOutbox(to: tip, from: local)
        return tip
    }

    /// How many outbox commits the remote does not have.
    func pendingCount(_ local: Revision) async throws(GitError) -> Int {
        let remote = try await shell.commit(remoteStatusRef)
        let text = try await shell.output(["rev-list", "--count", local.id] + (remote.map { ["^" + $0.id] } ?? []),
                                          doing: "counting unpushed status commits")
        return Int(text) ?? 0
    }

    /// The jittered wait after `attempt` failed pushes: uniform in `[0, min(base·2^(attempt−1), cap)]`.
    func backoff(afterAttempt attempt: Int) -> Duration {
        let policy = configuration.pushRetry
        let ceiling = min(policy.base * Int(1 << min(attempt - 1, 30)), policy.cap)
        return ceiling * min(max(random(), 0), 1)
    }

    /// The reason of a failed push: the porcelain `!` line if any, else git's error text; already redacted.
    static func pushFailure(_ result: ProcessResult) -> String {
        let rejected = result.outputText.split(separator: "\n").first { $0.hasPrefix("!") }
        let text = rejected.map { line in
            line.split(separator: "\t").dropFirst(2).joined(separator: " ")
        } ?? result.errorText.trimmingCharacters(in: .whitespacesAndNewlines)
        return result.command.redact(text.isEmpty ? "git push ended with \(result.termination)" : text)
    }
}
