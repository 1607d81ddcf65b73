import Foundation
import OperatorSupport
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The process's life as a container runtime sees it: killed mid-apply and restarted, and stopped with SIGTERM
/// while a status push is in flight (a slow remote) or hangs (one that never answers).
extension RunE2ETests {
    @Test func anOperatorKilledMidApplyConvergesAfterRestartWithNoDuplicateAccount() async throws {
        try Self.requireBinary()
        try await AWSBackend.exclusive { backend in
            let e2e = try await RunE2EHarness.make(backend: backend)
            defer { e2e.remove() }
            // Every CreateAccount stays IN_PROGRESS for 20 status reads (10 s apart on the real clock):
            // the operator is still waiting for the first two when it is killed.
            try await backend.setFaults([.init(.asynchronous(polls: 20, seconds: 0, failure: nil, accounts: []),
                                               service: "organizations", operation: "CreateAccount")])
            let killed = try e2e.start(["--inflight", "create-account=2"])
            defer { killed.kill() }
            let requested = try await e2e.waitFor("two CreateAccount requests in flight", of: killed) { () -> Int? in
                let count = try await backend.calls()["organizations:CreateAccount"] ?? 0
                return count >= 2 ? count : nil
            }
            killed.signal(SIGKILL)
            #expect(await killed.wait() == .signaled(SIGKILL), "\(killed.tail())")
            #expect(requested == 2, "the third waits for a create-account permit")
            #expect(try await e2e.statusCommits().isEmpty, "killed before its first status commit")

            // The two requests finish while no operator runs; a new one starts on the same work directory.
            try await backend.clearFaults()
            let restarted = try e2e.start()
            defer { restarted.kill() }
            let record = try await Self.firstConverge(e2e, restarted)
            #expect(record.count("Orgops-Failed") == 0, "\(record.body)")
            #expect(try await backend.calls()["organizations:CreateAccount"] == 3,
                    "the two requests of the killed run were found, only the third account was requested")
            let names = try await e2e.organizations().accounts().compactMap(\.name)
            for account in e2e.estate.accounts {
                #expect(names.filter { $0 == account.name }.count == 1, "one account '\(account.name)': \(names)")
            }
            #expect(await restarted.stop() == .exited(0), "\(restarted.tail())")
        }
    }

    @Test func sigtermDuringAStatusPushExitsZeroAndLeavesNoGitBehind() async throws {
        try await Self.withConvergedOperator { e2e, process, _ in
            // A slow remote: each status push spends 3 s in the pre-receive hook, which marks that it started.
            let started = try e2e.slowStatusPushes(seconds: 3)
            let change = try await e2e.remote.commit(e2e.addingOU("Experiments"), message: "add the Experiments OU")
            try await e2e.waitFor("a status push in flight", of: process) {
                FileManager.default.fileExists(atPath: started) ? true : nil
            }
            #expect(!LeftoverProcesses.referencing(e2e.remote.root).isEmpty, "the push is running when SIGTERM arrives")

            // SIGTERM; SIGKILL only if it is still running well past its 5 s grace (then the test fails).
            let ended = await process.stop(grace: .seconds(30))
            #expect(ended == .exited(0), "\(process.tail())")
            #expect(LeftoverProcesses.referencing(e2e.remote.root).isEmpty, "no git left running")
            let records = try await e2e.statusCommits()
            #expect(records.first?.revision == change, "the push in flight finished before exit: \(records)")
        }
    }

    @Test func sigtermDuringAHungStatusPushExitsAndTheKeptStatusLandsAfterRestart() async throws {
        try await Self.withConvergedOperator { e2e, process, _ in
            // A remote that hangs: the status push never returns by itself (the hook sleeps far past the grace).
            let started = try e2e.slowStatusPushes(seconds: 300)
            let change = try await e2e.remote.commit(e2e.addingOU("Experiments"), message: "add the Experiments OU")
            try await e2e.waitFor("a status push in flight", of: process) {
                FileManager.default.fileExists(atPath: started) ? true : nil
            }
            let ended = await process.stop(grace: .seconds(30))
            #expect(ended == .exited(0), "\(process.tail())")
            #expect(LeftoverProcesses.referencing(e2e.remote.root).isEmpty, "no git left running")

            try e2e.removePreReceive()
            let restarted = try e2e.start()
            defer { restarted.kill() }
            let record = try await e2e.waitForStatus("the kept status commit of \(change.prefix(7))", of: restarted) {
                $0.first { $0.revision == change }
            }
            #expect(record.result == "converged")
            #expect(await restarted.stop() == .exited(0), "\(restarted.tail())")
        }
    }
}
