import AWSServices
import Foundation
import OperatorSupport
import Testing
import TestSupport

/// `orgops run` as its users meet it: the built binary, a long-running child with a 1 s interval,
/// following a bare git repository and converging an organization on the AWS test server.
///
/// Every test waits for outcomes on the status branch (never on elapsed time) and stops its child by
/// PID on every path. The scenarios are split over `RunE2ETests+*.swift` by concern.
@Suite(.serialized) struct RunE2ETests {
    /// Fails the test (rather than hanging it) when `swift build --build-tests` has not left the binary.
    static func requireBinary() throws {
        try #require(FileManager.default.isExecutableFile(atPath: PlanResumeTests.binary),
                     "build the binary first: swift build --build-tests")
    }

    /// The first status commit of a fresh operator: the initial estate converged.
    static func firstConverge(_ e2e: RunE2EHarness, _ process: OperatorProcess) async throws -> StatusRecord {
        try await e2e.waitForStatus("the first converge", of: process) { records in
            records.first { $0.result == "converged" }
        }
    }

    /// Runs `body` with a fresh estate, a started `orgops run` child and its first converge; the child is
    /// killed and the estate removed on every path.
    static func withConvergedOperator(_ body: (RunE2EHarness, OperatorProcess, StatusRecord) async throws -> Void)
        async throws {
        try requireBinary()
        try await AWSBackend.exclusive { backend in
            let e2e = try await RunE2EHarness.make(backend: backend)
            defer { e2e.remove() }
            let process = try e2e.start()
            defer { process.kill() }
            try await body(e2e, process, try await firstConverge(e2e, process))
        }
    }

    @Test func aMergedChangeIsConvergedAndRecorded() async throws {
        try await Self.withConvergedOperator { e2e, process, first in
            #expect(first.trailers["Orgops-Organization"] == "acme")
            #expect(first.parents.isEmpty, "the status branch is created by the first status commit")

            var files = e2e.addingOU("Experiments")
            files.merge(e2e.scpAllowing(["us-east-1", "eu-west-1", "ap-southeast-2"])) { $1 }
            let change = try await e2e.remote.commit(files, message: "add the Experiments OU, allow ap-southeast-2")
            let record = try await e2e.waitForStatus("the status commit of \(change.prefix(7))", of: process) { records in
                records.first { $0.revision == change }
            }
            #expect(record.result == "converged", "\(record.body)")
            #expect(record.subject.hasPrefix("orgops(acme): converged \(change.prefix(7)) — "), "\(record.subject)")
            #expect(record.parents == [first.id], "one commit on top of the last status")
            #expect(record.count("Orgops-Applied") == 2, "the new OU and the policy's content: \(record.body)")
            #expect(record.count("Orgops-Failed") == 0)
            #expect(record.count("Orgops-Drift-Found") == 0, "a new revision's difference is a change, not drift")
            #expect(record.count("Orgops-Drift-Left") == 0)
            #expect(record.count("Orgops-Duration-Ms") != nil)
            #expect(record.body.contains("+ create"), "\(record.body)")

            let api = try await e2e.organizations()
            _ = try await api.ouId("/Experiments")
            let scp = try await api.policyId("deny-outside-regions", type: "SERVICE_CONTROL_POLICY")
            let content = try await api.describePolicy(.init(policyId: scp)).policy?.content ?? ""
            #expect(content.contains("ap-southeast-2"), "\(content)")
            #expect(await process.stop() == .exited(0), "\(process.tail())")
        }
    }

    @Test func anOutOfBandChangeIsRevertedOnTheNextIntervalAndRecordedAsDrift() async throws {
        try await Self.withConvergedOperator { e2e, process, first in
            // Someone detaches the tag policy by hand; no commit follows.
            let api = try await e2e.organizations()
            let tagPolicy = try await api.policyId("cost-center-tags", type: "TAG_POLICY")
            let workloads = try await api.ouId("/Workloads")
            try await api.detachPolicy(.init(policyId: tagPolicy, targetId: workloads))
            let drift = try await e2e.waitForStatus("the drift's status commit", of: process) { records in
                records.first { ($0.count("Orgops-Drift-Found") ?? 0) > 0 }
            }
            #expect(drift.revision == first.revision, "the same revision: drift, not a change")
            #expect(drift.result == "converged", "reverted drift still ends converged: \(drift.body)")
            #expect(drift.count("Orgops-Drift-Found") == 1)
            #expect(drift.count("Orgops-Drift-Left") == 0)
            #expect(drift.body.contains("! drift attachment"), "\(drift.body)")
            #expect(try await api.targetIds(tagPolicy).contains(workloads), "re-attached")
            #expect(await process.stop() == .exited(0), "\(process.tail())")
        }
    }

    @Test func anInvalidPushIsRefusedWithItsDiagnosticsAndTheLastValidRevisionStaysInForce() async throws {
        try await Self.withConvergedOperator { e2e, process, _ in
            // A typo that also drops every account from the file, and a new OU beside it: none of it may apply.
            var files = e2e.addingOU("Experiments")
            files["accounts/acme-accounts.yaml"] =
                "apiVersion: orgops/v1\nkind: Account\nmetadata: { name: x, organization: acme }\nspec: { emial: x@example.com }\n"
            let bad = try await e2e.remote.commit(files, message: "typo")
            let invalid = try await e2e.waitForStatus("the invalid revision's status", of: process) { records in
                records.first { $0.revision == bad }
            }
            #expect(invalid.result == "invalid", "\(invalid.body)")
            #expect(invalid.subject.hasPrefix("orgops(acme): invalid \(bad.prefix(7)) — "), "\(invalid.subject)")
            #expect(invalid.body.contains("emial"), "the diagnostics: \(invalid.body)")
            #expect((invalid.count("Orgops-Applied") ?? 0) == 0)

            let api = try await e2e.organizations()
            #expect(await (try? api.ouId("/Experiments")) == nil, "nothing of the invalid revision applied")
            for account in e2e.estate.accounts {
                #expect(try await api.account(named: account.name).id != nil, "'\(account.name)' kept")
            }
            // The last valid revision still corrects drift while the head is invalid.
            let tagPolicy = try await api.policyId("cost-center-tags", type: "TAG_POLICY")
            let workloads = try await api.ouId("/Workloads")
            try await api.detachPolicy(.init(policyId: tagPolicy, targetId: workloads))
            try await e2e.waitFor("the drift under an invalid head to be reverted", of: process) {
                try await api.targetIds(tagPolicy).contains(workloads) ? true : nil
            }
            #expect(await process.stop() == .exited(0), "\(process.tail())")
        }
    }
}
