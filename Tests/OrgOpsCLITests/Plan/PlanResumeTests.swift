import Foundation
import OperatorSupport
import Synchronization
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// An `orgops apply` killed with SIGKILL half-way is finished by the next apply, with no
/// account created twice: the built binary runs as a child process, so the kill is real.
@Suite(.serialized) struct PlanResumeTests {
    /// The `orgops` binary `swift build --build-tests` leaves next to the test bundle (or in
    /// the package's default debug build folder).
    static let binary: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
            .deletingLastPathComponent().appendingPathComponent("orgops").path
        let candidates = [beside, SourceTree.path(".build/debug/orgops")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[1]
    }()

    @Test func anApplyKilledWhileCreatingAccountsIsFinishedWithoutDuplicates() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary),
                     "build the binary first: swift build --build-tests")
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            let estate = PlanEstate(management: PlanHarness.managementA)
            try harness.write(estate.files)
            // Every CreateAccount stays IN_PROGRESS for 20 status reads; the child, polling on the
            // real clock, is still waiting for the first ones when it is killed.
            try await backend.setFaults([.init(.asynchronous(polls: 20, seconds: 0, failure: nil, accounts: []),
                                               service: "organizations", operation: "CreateAccount")])
            let output = Mutex("")
            let child = try SubprocessRunner().start(ProcessCommand(
                executable: Self.binary,
                arguments: ["apply", "--repo", harness.repository, "--inflight", "create-account=2"],
                environment: harness.environment.merging(["PATH": "/usr/bin:/bin"]) { $1 })) { _, bytes in
                output.withLock { $0 += String(decoding: bytes, as: UTF8.self) }
            }
            var requested = 0
            for _ in 0..<600 where requested < 2 && !child.hasExited {
                requested = try await backend.calls()["organizations:CreateAccount"] ?? 0
                if requested < 2 { try await Task.sleep(for: .milliseconds(50)) }
            }
            child.signal(SIGKILL)
            let ended = await child.wait()
            #expect(ended == .signaled(SIGKILL), "the child ended on its own: \(output.withLock { $0 })")
            #expect(requested == 2, "two CreateAccount requests in flight when killed")

            let resumed = await harness.run(["apply"])
            #expect(resumed.status == 0, "\(resumed.stdout)\n\(resumed.stderr)")
            #expect(try await backend.calls()["organizations:CreateAccount"] == 3,
                    "the two in-flight requests were waited for, only the third account was requested")
            let api = try await harness.organizations(PlanHarness.managementA)
            let names = try await api.accounts().compactMap(\.name)
            for account in estate.accounts {
                #expect(names.filter { $0 == account.name }.count == 1, "one account '\(account.name)': \(names)")
            }
            #expect(await harness.run(["plan"]).status == 0)
        }
    }
}
