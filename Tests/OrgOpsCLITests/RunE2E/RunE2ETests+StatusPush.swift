import Foundation
import OperatorSupport
import Testing
import TestSupport

/// Status pushes on a branch people also write to, and on a remote that refuses pushes for a while:
/// never a force push, never a lost audit record.
extension RunE2ETests {
    @Test func aHumanPushToTheStatusBranchWhileOrgopsWritesKeepsBothCommits() async throws {
        try await Self.withConvergedOperator { e2e, process, first in
            // Hold orgops' next status push until the human's commit has landed, so its commit is made on
            // a tip that is no longer the remote's: the race of a person writing while orgops writes.
            let held = e2e.remote.root + "/hold-orgops"
            try e2e.holdStatusPushes(whileExists: held, author: "orgops@example.com")
            try #require(FileManager.default.createFile(atPath: held, contents: nil))
            let change = try await e2e.remote.commit(e2e.addingOU("Experiments"), message: "add the Experiments OU")
            try await e2e.waitFor("orgops' status push to be refused once", of: process) {
                e2e.logLines(of: process, containing: [#""msg":"status push failed""#]).first
            }
            let note = try await e2e.remote.commit(["NOTES.md": "incident 42: checked by hand\n"],
                                                   message: "a note on the status branch",
                                                   branch: RunE2EHarness.statusBranch)
            try FileManager.default.removeItem(atPath: held)

            let record = try await e2e.waitForStatus("the status commit of \(change.prefix(7))", of: process) { records in
                records.first { $0.revision == change }
            }
            #expect(record.result == "converged", "\(record.body)")
            #expect(try await e2e.statusBranchContains(note), "the human's commit is an ancestor of the tip: no force push")
            #expect(try await e2e.statusBranchContains(first.id), "the earlier status commit is kept")
            #expect(record.parents == [note], "orgops re-made its commit on the human's")
            let notes = try await e2e.remote.git(["--git-dir=" + e2e.remote.bareRepository, "show",
                                                  "refs/heads/\(RunE2EHarness.statusBranch):NOTES.md"])
            #expect(notes == "incident 42: checked by hand\n")
            let records = try await e2e.statusCommits()
            #expect(records.filter { $0.revision == change }.count == 1, "one status commit of the change: \(records)")
            #expect(await process.stop() == .exited(0), "\(process.tail())")
        }
    }

    @Test func aRemoteRejectingPushesForAWhileGetsEveryStatusCommitLater() async throws {
        try await Self.withConvergedOperator { e2e, process, first in
            let frozen = e2e.remote.root + "/frozen"
            try e2e.holdStatusPushes(whileExists: frozen)
            try #require(FileManager.default.createFile(atPath: frozen, contents: nil))
            let api = try await e2e.organizations()
            let ouChange = try await e2e.remote.commit(e2e.addingOU("Experiments"), message: "add the Experiments OU")
            try await e2e.waitFor("the Experiments OU", of: process) { try? await api.ouId("/Experiments") }
            var files = e2e.addingOU("Experiments")
            files.merge(e2e.scpAllowing(["us-east-1", "eu-west-1", "ap-southeast-2"])) { $1 }
            let policyChange = try await e2e.remote.commit(files, message: "allow ap-southeast-2")
            let scp = try await api.policyId("deny-outside-regions", type: "SERVICE_CONTROL_POLICY")
            try await e2e.waitFor("the policy's new content", of: process) {
                let content = try await api.describePolicy(.init(policyId: scp)).policy?.content ?? ""
                return content.contains("ap-southeast-2") ? true : nil
            }
            try await e2e.waitFor("two status commits kept locally", of: process) {
                e2e.logLines(of: process, containing: ["status commits kept locally", #""pending":"2""#]).first
            }
            #expect(try await e2e.statusCommits().count == 1, "nothing lands while the remote refuses")

            try FileManager.default.removeItem(atPath: frozen)
            let records = try await e2e.waitFor("both kept status commits on the remote", of: process) { () -> [StatusRecord]? in
                let records = try await e2e.statusCommits()
                return records.contains { $0.revision == policyChange } ? records : nil
            }
            #expect(records.map(\.revision) == [policyChange, ouChange, first.revision], "none lost, in order: \(records)")
            #expect(records.allSatisfy { $0.result == "converged" }, "\(records)")
            #expect(await process.stop() == .exited(0), "\(process.tail())")
        }
    }
}
