import Foundation
import GitClient
import OperatorSupport
import Testing
import TestSupport

@Suite("GitRepository: status commits and safe pushes")
struct GitRepositoryStatusTests {
    static func statusCommit(_ org: String, result: String, revision: String = "3f2a1b9") -> StatusCommit {
        StatusCommit(
            files: ["status/\(org).yaml": Array("organization: \(org)\nresult: \(result)\n".utf8)],
            summary: "orgops(\(org)): \(result) \(revision) — 0 applied, 0 failed, 0 drift left",
            body: "+ create account \(org)-sandbox",
            trailers: [.init("Orgops-Organization", org), .init("Orgops-Result", result),
                       .init("Orgops-Source-Revision", revision)])
    }

    @Test func createsTheStatusBranchAndWritesTrailers() async throws {
        let remote = try await GitTestRemote.make()
        defer { remote.remove() }
        let clock = RecordingClock()
        let repository = try GitRepository(configuration: remote.configuration(), runner: SubprocessRunner(), clock: clock)
        try await repository.prepare()
        let outcome = try await repository.writeStatus(Self.statusCommit("workloads", result: "converged"))
        #expect(outcome.pushed)
        #expect(outcome.attempts == 1)
        #expect(outcome.pendingCommits == 0)

        let results = try await remote.log("orgops/status", format: "%(trailers:key=Orgops-Result,valueonly)")
        #expect(results.filter { !$0.isEmpty } == ["converged"])
        let authors = try await remote.log("orgops/status", format: "%an <%ae> %at %P")
        #expect(authors == ["orgops <orgops@example.com> 1767225600 "])  // an orphan: no parent
        let subject = try await remote.log("orgops/status", format: "%s")
        #expect(subject.first?.hasPrefix("orgops(workloads): converged 3f2a1b9") == true)
        let file = try await remote.git(["--git-dir=" + remote.bareRepository, "show", "orgops/status:status/workloads.yaml"])
        #expect(file == "organization: workloads\nresult: converged\n")
        // The watched branch is untouched.
        #expect(try await remote.log("main", format: "%s") == ["initial estate"])
        #expect(clock.sleeps.isEmpty)

        let second = try await repository.writeStatus(Self.statusCommit("security", result: "drifted"))
        #expect(second.pushed)
        let tree = try await remote.git(["--git-dir=" + remote.bareRepository, "ls-tree", "-r", "--name-only", "orgops/status"])
        #expect(tree == "status/security.yaml\nstatus/workloads.yaml\n")
        let read = try await repository.readStatusFile("status/security.yaml")
        #expect(read.map { String(decoding: $0, as: UTF8.self) } == "organization: security\nresult: drifted\n")
    }

    @Test func aHumanPushInBetweenIsKeptAndOursLandsOnTop() async throws {
        let remote = try await GitTestRemote.make()
        defer { remote.remove() }
        let repository = try GitRepository(configuration: remote.configuration(), runner: SubprocessRunner(),
                                           clock: RecordingClock(), random: { 0.5 })
        try await repository.prepare()
        #expect(try await repository.writeStatus(Self.statusCommit("workloads", result: "converged")).pushed)
        // A person pushes to the status branch; the operator has not fetched since.
        try await remote.commit(["status/NOTES.md": "hand-written\n"], message: "human note", branch: "orgops/status")

        let outcome = try await repository.writeStatus(Self.statusCommit("workloads", result: "failed"))
        #expect(outcome.pushed)
        #expect(outcome.attempts == 2)
        let subjects = try await remote.log("orgops/status", format: "%s")
        #expect(subjects.count == 3)
        #expect(subjects[1] == "human note")
        #expect(subjects[0].hasPrefix("orgops(workloads): failed"))
        let notes = try await remote.git(["--git-dir=" + remote.bareRepository, "show", "orgops/status:status/NOTES.md"])
        #expect(notes == "hand-written\n")
        let status = try await remote.git(["--git-dir=" + remote.bareRepository, "show", "orgops/status:status/workloads.yaml"])
        #expect(status.contains("result: failed"))
        // Fast-forward only: the human commit is an ancestor of the new tip.
        try await remote.git(["--git-dir=" + remote.bareRepository, "merge-base", "--is-ancestor", "orgops/status~1", "orgops/status"])
    }

    @Test func rejectedPushesKeepCommitsLocallyUntilTheyLand() async throws {
        let remote = try await GitTestRemote.make()
        defer { remote.remove() }
        let flag = remote.root + "/frozen"
        try remote.rejectPushes(whileExists: flag)
        let clock = RecordingClock()
        let configuration = remote.configuration {
            $0.pushRetry = .init(attempts: 3, base: .milliseconds(100), cap: .milliseconds(300))
        }
        let logs = InMemoryLogHandler()
        let repository = try GitRepository(configuration: configuration, runner: SubprocessRunner(), clock: clock,
                                           random: { 0.5 }, logger: logs.logger())
        try await repository.prepare()
        #expect(try await repository.writeStatus(Self.statusCommit("workloads", result: "converged")).pushed)

        #expect(FileManager.default.createFile(atPath: flag, contents: Data()))
        let kept = try await repository.writeStatus(Self.statusCommit("workloads", result: "failed"))
        #expect(!kept.pushed)
        #expect(kept.attempts == 3)
        #expect(kept.pendingCommits == 1)
        #expect(kept.lastFailure?.contains("pre-receive hook declined") == true)
        #expect(clock.sleeps == [.milliseconds(50), .milliseconds(100)])
        #expect(logs.records.map(\.level) == [.warning, .warning, .warning, .notice])
        #expect(logs.records.last?.metadata["pending"] == "1")
        let stillKept = try await repository.writeStatus(Self.statusCommit("security", result: "drifted"))
        #expect(stillKept.pendingCommits == 2)
        // Meanwhile the operator's own reads see its unpushed state.
        let pendingRead = try await repository.readStatusFile("status/security.yaml")
        #expect(pendingRead != nil)
        #expect(try await remote.log("orgops/status", format: "%s").count == 1)

        try FileManager.default.removeItem(atPath: flag)
        try await remote.commit(["status/NOTES.md": "meanwhile\n"], message: "human note", branch: "orgops/status")
        let landed = try await repository.writeStatus(Self.statusCommit("workloads", result: "converged"))
        #expect(landed.pushed)
        let results = try await remote.log("orgops/status", format: "%(trailers:key=Orgops-Result,valueonly)%x09%s")
        let ours = results.filter { $0.hasPrefix("converged") || $0.hasPrefix("failed") || $0.hasPrefix("drifted") }
        #expect(ours.map { $0.split(separator: "\t")[0] } == ["converged", "drifted", "failed", "converged"])
        #expect(results.contains { $0.hasSuffix("human note") })
        #expect(try await repository.pushPendingStatus() == nil)
    }

    @Test func anUnreachableRemoteKeepsTheCommitWithoutThrowing() async throws {
        let remote = try await GitTestRemote.make()
        defer { remote.remove() }
        let clock = RecordingClock()
        let repository = try GitRepository(configuration: remote.configuration { $0.pushRetry = .init(attempts: 3) },
                                           runner: SubprocessRunner(), clock: clock, random: { 1 })
        try await repository.prepare()
        let away = remote.root + "/remote-away.git"
        try FileManager.default.moveItem(atPath: remote.bareRepository, toPath: away)
        let kept = try await repository.writeStatus(Self.statusCommit("workloads", result: "failed"))
        #expect(!kept.pushed)
        #expect(kept.pendingCommits == 1)
        #expect(kept.attempts == 1)  // the later attempts stopped at their fetch
        #expect(kept.lastFailure?.contains("fetching") == true)
        #expect(clock.sleeps == [.milliseconds(50), .milliseconds(100)])

        try FileManager.default.moveItem(atPath: away, toPath: remote.bareRepository)
        let flushed = try await repository.pushPendingStatus()
        #expect(flushed?.pushed == true)
        #expect(try await remote.log("orgops/status", format: "%(trailers:key=Orgops-Result,valueonly)").first == "failed")
    }

    @Test func pushPendingStatusFlushesTheOutbox() async throws {
        let remote = try await GitTestRemote.make()
        defer { remote.remove() }
        let flag = remote.root + "/frozen"
        try remote.rejectPushes(whileExists: flag)
        #expect(FileManager.default.createFile(atPath: flag, contents: Data()))
        let repository = try GitRepository(configuration: remote.configuration { $0.pushRetry = .init(attempts: 1) },
                                           runner: SubprocessRunner(), clock: RecordingClock())
        try await repository.prepare()
        let kept = try await repository.writeStatus(Self.statusCommit("workloads", result: "converged"))
        #expect(!kept.pushed)
        #expect(kept.pendingCommits == 1)
        try FileManager.default.removeItem(atPath: flag)
        let flushed = try await repository.pushPendingStatus()
        #expect(flushed?.pushed == true)
        #expect(flushed?.head == kept.head)
        #expect(try await remote.log("orgops/status", format: "%s").count == 1)
    }

    @Test func concurrentWritesAllLand() async throws {
        let remote = try await GitTestRemote.make()
        defer { remote.remove() }
        let repository = try GitRepository(configuration: remote.configuration(), runner: SubprocessRunner(),
                                           clock: RecordingClock())
        try await repository.prepare()
        let organizations = ["a", "b", "c", "d", "e"]
        let pushed = try await withThrowingTaskGroup(of: Bool.self) { group in
            for org in organizations {
                group.addTask { try await repository.writeStatus(Self.statusCommit(org, result: "converged")).pushed }
            }
            // A fetch racing the writes must not move refs under a status rebuild.
            group.addTask { try await repository.fetch() == (try await repository.resolve("main")) }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(pushed == Array(repeating: true, count: organizations.count + 1))
        let organizationsLogged = try await remote.log("orgops/status", format: "%(trailers:key=Orgops-Organization,valueonly)")
        #expect(organizationsLogged.filter { !$0.isEmpty }.sorted() == organizations)
        let tree = try await remote.git(["--git-dir=" + remote.bareRepository, "ls-tree", "-r", "--name-only", "orgops/status"])
        #expect(tree == organizations.map { "status/\($0).yaml\n" }.joined())
    }

    @Test func signedStatusCommitsVerify() async throws {
        guard hasSSHKeygen else { return }
        let remote = try await GitTestRemote.make()
        defer { remote.remove() }
        let key = try await makeSSHKey(in: remote.root, name: "status-signing-key", comment: "orgops")
        let publicKey = try String(contentsOfFile: key + ".pub", encoding: .utf8)
        let signers = remote.root + "/allowed_signers"
        try Data("orgops@example.com \(publicKey)".utf8).write(to: URL(fileURLWithPath: signers))
        let repository = try GitRepository(configuration: remote.configuration { $0.signingKeyFile = key },
                                           runner: SubprocessRunner(), clock: RecordingClock())
        try await repository.prepare()
        let outcome = try await repository.writeStatus(Self.statusCommit("workloads", result: "converged"))
        #expect(outcome.pushed)
        let verdict = try await repository.verifySignature(of: outcome.head, trust: .sshAllowedSigners(path: signers))
        #expect(verdict.status == .good)
        #expect(verdict.signer == "orgops@example.com")
    }

    @Test func messagesAreValidated() throws {
        let good = Self.statusCommit("workloads", result: "converged")
        #expect(try good.message() == """
            orgops(workloads): converged 3f2a1b9 — 0 applied, 0 failed, 0 drift left

            + create account workloads-sandbox

            Orgops-Organization: workloads
            Orgops-Result: converged
            Orgops-Source-Revision: 3f2a1b9

            """)
        var badKey = good
        badKey.trailers = [.init("Orgops Result", "x")]
        #expect(throws: GitError.self) { try badKey.message() }
        var badValue = good
        badValue.trailers = [.init("Orgops-Result", "a\nb")]
        #expect(throws: GitError.self) { try badValue.message() }
        var badSummary = good
        badSummary.summary = "two\nlines"
        #expect(throws: GitError.self) { try badSummary.message() }
    }
}
