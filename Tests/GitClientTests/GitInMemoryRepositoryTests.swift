import GitClient
import Testing
import TestSupport

@Suite("GitInMemoryRepository behaves like the real client")
struct GitInMemoryRepositoryTests {
    @Test func fetchSeesOnlyWhatWasPushedBeforeIt() async throws {
        let repository = GitInMemoryRepository(files: ["estate/a.yaml": "a: 1\n", "README.md": "r\n"])
        try await repository.prepare()
        let first = try await repository.fetch()
        let second = await repository.push(["estate/a.yaml": "a: 2\n"], signature: .good, signer: "alice")
        #expect(try await repository.resolve("main") == first)
        #expect(try await repository.fetch() == second)
        #expect(try await repository.files(at: first, under: "estate").text("a.yaml") == "a: 1\n")
        #expect(try await repository.files(at: second, under: "estate/").text("a.yaml") == "a: 2\n")
        let verdict = try await repository.verifySignature(of: second, trust: .sshAllowedSigners(path: "/unused"))
        #expect(verdict.isTrusted)
        #expect(verdict.signer == "alice")
        await #expect(throws: GitError.self) { try await repository.files(at: second, under: "nowhere") }
    }

    @Test func statusCommitsWaitInTheOutboxWhilePushesFail() async throws {
        let repository = GitInMemoryRepository()
        try await repository.prepare()
        await repository.rejectPushes(1)
        let commit = StatusCommit(files: ["status/a.yaml": Array("x\n".utf8)], summary: "orgops(a): converged",
                                  trailers: [.init("Orgops-Result", "converged")])
        let kept = try await repository.writeStatus(commit)
        #expect(!kept.pushed)
        #expect(kept.pendingCommits == 1)
        #expect(try await repository.readStatusFile("status/a.yaml") == Array("x\n".utf8))
        await repository.push(["status/NOTES.md": "human\n"], onBranch: "orgops/status")

        let landed = try await repository.writeStatus(commit)
        #expect(landed.pushed)
        let remote = await repository.remoteStatusCommits()
        #expect(remote.count == 3)
        #expect(remote.last?.files.keys.sorted() == ["status/NOTES.md", "status/a.yaml"])
        #expect(remote.last?.message.hasSuffix("Orgops-Result: converged\n") == true)
        #expect(await repository.pendingStatusCommits().isEmpty)
        #expect(await repository.pushAttempts == 2)
    }
}
