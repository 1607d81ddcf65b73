import Foundation
import GitClient
import OperatorSupport
import Testing
import TestSupport

@Suite("GitRepository: clone, fetch and read revisions")
struct GitRepositoryFetchTests {
    @Test func cloneAndFetchSeeNewRevisions() async throws {
        let remote = try await GitTestRemote.make()
        defer { remote.remove() }
        let repository = try GitRepository(configuration: remote.configuration(), runner: SubprocessRunner(),
                                           clock: RecordingClock())
        try await repository.prepare()
        let first = try await repository.fetch()
        let humanFirst = try await remote.human(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(first.id == humanFirst)

        let second = try await remote.commit(["orgs/a.yaml": "name: a\n"], message: "add a")
        #expect(try await repository.fetch().id == second)
        #expect(try await repository.resolve("main").id == second)
        #expect(try await repository.resolve(first.id) == first)
        // Preparing again reuses the clone.
        try await repository.prepare()
        #expect(try await repository.fetch().id == second)
    }

    @Test func readsARevisionWhileTheBranchMovesOn() async throws {
        let remote = try await GitTestRemote.make(files: ["orgs/a.yaml": "v: 1\n", "README.md": "x\n"])
        defer { remote.remove() }
        let repository = try GitRepository(configuration: remote.configuration(), runner: SubprocessRunner(),
                                           clock: RecordingClock())
        try await repository.prepare()
        let old = try await repository.fetch()
        try await remote.commit(["orgs/a.yaml": "v: 2\n", "orgs/b.yaml": "v: 1\n"], message: "move on")
        let new = try await repository.fetch()

        let oldFiles = try await repository.files(at: old, under: "")
        #expect(oldFiles.paths == ["README.md", "orgs/a.yaml"])
        #expect(oldFiles.text("orgs/a.yaml") == "v: 1\n")
        let newFiles = try await repository.files(at: new, under: "")
        #expect(newFiles.text("orgs/a.yaml") == "v: 2\n")
        #expect(newFiles.text("orgs/b.yaml") == "v: 1\n")
    }

    @Test func pathLimitsTheFilesAndPathsAreRelative() async throws {
        let remote = try await GitTestRemote.make(files: [
            "estate/orgs/a.yaml": "a\n", "estate/top.yaml": "t\n", "estates-other/x.yaml": "no\n", "README.md": "r\n",
        ])
        defer { remote.remove() }
        let repository = try GitRepository(configuration: remote.configuration(), runner: SubprocessRunner(),
                                           clock: RecordingClock())
        try await repository.prepare()
        let head = try await repository.fetch()
        let files = try await repository.files(at: head, under: "/estate/")
        #expect(files.directory == "estate")
        #expect(files.paths == ["orgs/a.yaml", "top.yaml"])

        let missing = await #expect(throws: GitError.self) { try await repository.files(at: head, under: "nowhere") }
        #expect(missing?.code == .notFound)
        #expect(missing?.message.contains("'nowhere'") == true)
        let escaping = await #expect(throws: GitError.self) { try await repository.files(at: head, under: "../x") }
        #expect(escaping?.code == .invalidArgument)
    }

    @Test func symbolicLinksAreReportedNotFollowed() async throws {
        let remote = try await GitTestRemote.make(files: ["real.yaml": "r\n"])
        defer { remote.remove() }
        try FileManager.default.createSymbolicLink(atPath: remote.humanClone + "/link.yaml", withDestinationPath: "real.yaml")
        try await remote.human(["add", "link.yaml"])
        try await remote.human(["commit", "--quiet", "-m", "link"])
        try await remote.human(["push", "--quiet", "origin", "HEAD:refs/heads/main"])
        let repository = try GitRepository(configuration: remote.configuration(), runner: SubprocessRunner(),
                                           clock: RecordingClock())
        try await repository.prepare()
        let files = try await repository.files(at: try await repository.fetch(), under: "")
        #expect(files.symlinks == ["link.yaml": "real.yaml"])
        #expect(files.files.keys.sorted() == ["real.yaml"])
    }

    @Test func revisionSizeLimitIsEnforced() async throws {
        let remote = try await GitTestRemote.make(files: ["big.yaml": String(repeating: "x", count: 5_000)])
        defer { remote.remove() }
        let repository = try GitRepository(configuration: remote.configuration { $0.maxRevisionBytes = 1_000 },
                                           runner: SubprocessRunner(), clock: RecordingClock())
        try await repository.prepare()
        let head = try await repository.fetch()
        let error = await #expect(throws: GitError.self) { try await repository.files(at: head, under: "") }
        #expect(error?.code == .tooLarge)
    }

    @Test func readsAFileOfAnotherBranch() async throws {
        let remote = try await GitTestRemote.make()
        defer { remote.remove() }
        try await remote.commit(["status/workloads.yaml": "result: converged\n"], message: "status", branch: "orgops/status")
        let repository = try GitRepository(configuration: remote.configuration(), runner: SubprocessRunner(),
                                           clock: RecordingClock())
        try await repository.prepare()
        let bytes = try await repository.readFile("status/workloads.yaml", onBranch: "orgops/status")
        #expect(bytes.map { String(decoding: $0, as: UTF8.self) } == "result: converged\n")
        #expect(try await repository.readFile("status/none.yaml", onBranch: "orgops/status") == nil)
        #expect(try await repository.readFile("status/workloads.yaml", onBranch: "no-such-branch") == nil)
    }

    @Test func missingBranchAndBadNamesAreReported() async throws {
        let remote = try await GitTestRemote.make()
        defer { remote.remove() }
        let repository = try GitRepository(configuration: remote.configuration { $0.branch = "release" },
                                           runner: SubprocessRunner(), clock: RecordingClock())
        let error = await #expect(throws: GitError.self) { try await repository.prepare() }
        #expect(error?.code == .commandFailed)
        #expect(error?.description.contains("release") == true)

        for bad in ["-x", "a..b", "a b", "x.lock", ""] {
            let invalid = #expect(throws: GitError.self) {
                try GitRepository(configuration: remote.configuration { $0.branch = bad }, runner: SubprocessRunner(),
                                  clock: RecordingClock())
            }
            #expect(invalid?.code == .invalidArgument)
        }
        let same = #expect(throws: GitError.self) {
            try GitRepository(configuration: remote.configuration { $0.statusBranch = "main" }, runner: SubprocessRunner(),
                              clock: RecordingClock())
        }
        #expect(same?.message.contains("must differ") == true)
    }
}
