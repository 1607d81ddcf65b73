import Foundation
import OperatorSupport
import OrgOpsCLI
import Testing
import TestSupport

/// `orgops run --once` and `orgops status` end to end: a real bare repository, real git, the AWS test server.
@Suite(.serialized) struct RunOnceIntegrationTests {
    static func run(_ arguments: [String], harness: PlanHarness) async -> CLIRun {
        let out = OutputBuffer()
        let err = OutputBuffer()
        let registry = CommandRegistry(abstract: "orgops under test", commands: [
            RunCommand(clock: harness.clock), StatusCommand(),
        ])
        let status = await Application.run(arguments: arguments, environment: harness.environment,
                                           stdout: out, stderr: err, registry: registry)
        return CLIRun(status: status, stdout: out.text, stderr: err.text)
    }

    @Test func onceConvergesCommitsTheStatusOnlyOnChangeAndStatusPrintsIt() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            let estate = PlanEstate(management: PlanHarness.managementA)
            let remote = try await GitTestRemote.make(files: estate.files)
            defer { remote.remove() }
            let once = ["run", "--once", "--repo-url", remote.bareRepository, "--work-dir", remote.workDirectory,
                        "--git-author", "orgops <orgops@example.com>"]

            let first = await Self.run(once, harness: harness)
            #expect(first.status == 0, "\(first.stderr)")
            let subjects = try await remote.log("orgops/status", format: "%s")
            #expect(subjects.count == 1)
            #expect(subjects.first?.hasPrefix("orgops(acme): converged ") == true, "\(subjects)")
            let results = try await remote.log("orgops/status", format: "%(trailers:key=Orgops-Result,valueonly)")
            #expect(results.first == "converged")

            let second = await Self.run(once, harness: harness)
            #expect(second.status == 0, "\(second.stderr)")
            #expect(try await remote.log("orgops/status", format: "%s").count == 1, "nothing changed: no commit")

            let status = await Self.run(["status", "--repo-url", remote.bareRepository,
                                         "--work-dir", remote.root + "/status-clone"], harness: harness)
            #expect(status.status == 0, "\(status.stderr)")
            #expect(status.stdout.hasPrefix("acme  converged  "), "\(status.stdout)")
            let json = await Self.run(["status", "--repo-url", remote.bareRepository, "--format", "json", "--org", "acme",
                                       "--work-dir", remote.root + "/status-clone"], harness: harness)
            #expect(json.stdout.contains(#""result" : "converged""#), "\(json.stdout)")
            let temporary = await Self.run(["status", "--repo-url", remote.bareRepository, "--org", "acme"], harness: harness)
            #expect(temporary.status == 0, "\(temporary.stderr)")
            #expect(temporary.stdout.hasPrefix("acme  converged  "))
            let leftover = FileManager.default.temporaryDirectory
                .appendingPathComponent("orgops-status-\(ProcessInfo.processInfo.processIdentifier)").path
            #expect(!FileManager.default.fileExists(atPath: leftover), "the private clone is removed")
            let unknown = await Self.run(["status", "--repo-url", remote.bareRepository, "--org", "nope",
                                          "--work-dir", remote.root + "/status-clone"], harness: harness)
            #expect(unknown.status == 1)
            #expect(unknown.stderr.contains("'nope'"))
        }
    }
}

extension RunOnceIntegrationTests {
    @Test func driftIsRevertedAndRecordedAndAnInvalidPushIsRefusedWithDiagnostics() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            let estate = PlanEstate(management: PlanHarness.managementA)
            let remote = try await GitTestRemote.make(files: estate.files)
            defer { remote.remove() }
            let once = ["run", "--once", "--repo-url", remote.bareRepository, "--work-dir", remote.workDirectory]
            #expect(await Self.run(once, harness: harness).status == 0)

            // Out of band: someone detaches the tag policy by hand.
            let api = try await harness.organizations(PlanHarness.managementA)
            let tagPolicy = try await api.policyId("cost-center-tags", type: "TAG_POLICY")
            let workloads = try await api.ouId("/Workloads")
            _ = try await api.detachPolicy(.init(policyId: tagPolicy, targetId: workloads))
            let corrected = await Self.run(once, harness: harness)
            #expect(corrected.status == 0, "\(corrected.stderr)")
            let bodies = try await remote.log("orgops/status", format: "%B%x00")
            let driftCommit = bodies.joined(separator: "\n")
            #expect(driftCommit.contains("! drift attachment"), "\(driftCommit)")
            #expect(try await remote.log("orgops/status", format: "%(trailers:key=Orgops-Drift-Found,valueonly)").first == "1")
            #expect(try await api.targetIds(tagPolicy).contains(workloads), "re-attached")

            // An invalid push: nothing applied, diagnostics in the status commit.
            let bad = try await remote.commit(["accounts/acme-accounts.yaml": "apiVersion: orgops/v1\nkind: Account\nmetadata: { name: x, organization: acme }\nspec: { emial: x@example.com }\n"],
                                              message: "typo")
            let refused = await Self.run(once, harness: harness)
            #expect(refused.status == 1)
            let subjects = try await remote.log("orgops/status", format: "%s")
            #expect(subjects.first?.hasPrefix("orgops(acme): invalid \(bad.prefix(7)) — ") == true, "\(subjects)")
            let body = try await remote.log("orgops/status", format: "%b").joined(separator: "\n")
            #expect(body.contains("emial"), "\(body)")
            #expect(try await api.account(named: "shop-prod").id != nil, "the last valid revision stays in force: nothing pruned")
        }
    }
}
