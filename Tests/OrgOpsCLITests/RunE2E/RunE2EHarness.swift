import AWSServices
import Foundation
import OperatorSupport
import TestSupport

/// One end-to-end test of `orgops run`: the AWS test server (signatures on), a bare git remote, and the
/// built binary as a long-running child following the remote's `main`.
///
/// Outcomes are awaited by polling the bare repository's status branch, the operator's only output
/// a user sees; every wait has one generous deadline that only a hanging test reaches.
struct RunE2EHarness {
    /// The status branch the operator writes (its default).
    static let statusBranch = "orgops/status"
    /// How long any one outcome may take before the test is failed as hung.
    static let deadline: Duration = .seconds(120)

    let plan: PlanHarness
    let remote: GitTestRemote
    let estate: PlanEstate

    /// Bootstraps the server (operator and management account A) and a remote holding `estate`.
    static func make(backend: AWSBackend, estate: PlanEstate = PlanEstate(management: PlanHarness.managementA))
        async throws -> RunE2EHarness {
        let plan = try await PlanHarness.make(backend: backend)
        let remote = try await GitTestRemote.make(files: estate.files)
        return RunE2EHarness(plan: plan, remote: remote, estate: estate)
    }

    /// The flags every test's operator runs with: 1 s interval, an OS-chosen free port, info logs.
    var arguments: [String] {
        ["run", "--repo-url", remote.bareRepository, "--work-dir", remote.workDirectory, "--interval", "1s",
         "--listen", "127.0.0.1:0", "--git-author", "orgops <orgops@example.com>", "--log-level", "info", "--log-format", "json",
         "--shutdown-grace", "5s"]
    }

    /// Starts `orgops run` with `arguments` and `extra` flags; the caller stops it (`defer { process.kill() }`).
    func start(_ extra: [String] = []) throws -> OperatorProcess {
        try OperatorProcess(binary: PlanResumeTests.binary, arguments: arguments + extra,
                            environment: plan.environment.merging(["PATH": "/usr/bin:/bin"]) { $1 })
    }

    /// The organization manifest with one more top-level OU, `name`: a typical merged change.
    func addingOU(_ name: String) -> [String: String] {
        let path = "organizations/\(estate.name).yaml"
        let text = (estate.files[path] ?? "").replacingOccurrences(
            of: "    - name: Sandbox\n", with: "    - name: \(name)\n      tags: { owner: platform }\n    - name: Sandbox\n")
        return [path: text]
    }

    /// The SCP document allowing `regions`: a second kind of change (a policy's content).
    func scpAllowing(_ regions: [String]) -> [String: String] {
        var changed = estate
        changed.scpRegions = regions
        let path = "policies/\(estate.name)-deny-outside-regions.json"
        return [path: changed.files[path] ?? ""]
    }

    /// The operator's JSON log lines whose text contains every one of `fragments`.
    func logLines(of process: OperatorProcess, containing fragments: [String]) -> [String] {
        process.output.split(separator: "\n").map(String.init).filter { line in
            fragments.allSatisfy { line.contains($0) }
        }
    }

    /// Organizations of the management account, through its role: the test's own AWS client.
    func organizations() async throws -> OrganizationsAPI {
        try await plan.organizations(estate.management)
    }

    /// The status branch's commits in the bare remote, newest first; empty while the branch does not exist.
    func statusCommits() async throws -> [StatusRecord] {
        let exists = try await remote.git(["--git-dir=" + remote.bareRepository, "for-each-ref",
                                           "refs/heads/" + Self.statusBranch])
        guard !exists.isEmpty else { return [] }
        let text = try await remote.git(["--git-dir=" + remote.bareRepository, "log",
                                         "--format=%H%x1f%P%x1f%s%x1f%b%x1e", "refs/heads/" + Self.statusBranch, "--"])
        return text.split(separator: "\u{1e}").compactMap { StatusRecord(record: String($0)) }
    }

    /// Whether `ancestor` is reachable from the status branch's tip in the bare remote.
    func statusBranchContains(_ ancestor: String) async throws -> Bool {
        do {
            try await remote.git(["--git-dir=" + remote.bareRepository, "merge-base", "--is-ancestor", ancestor,
                                  "refs/heads/" + Self.statusBranch])
            return true
        } catch {
            return false
        }
    }

    /// Polls the status branch until `matching` picks a commit; throws when the operator exits or the deadline passes.
    @discardableResult
    func waitForStatus(_ what: String, of process: OperatorProcess,
                       matching: @escaping ([StatusRecord]) -> StatusRecord?) async throws -> StatusRecord {
        try await waitFor(what, of: process) { matching(try await statusCommits()) }
    }

    /// Polls `probe` every 200 ms until it answers; throws when the operator exits or the deadline passes.
    @discardableResult
    func waitFor<T>(_ what: String, of process: OperatorProcess?, _ probe: () async throws -> T?) async throws -> T {
        let clock = ContinuousClock()
        let end = clock.now.advanced(by: Self.deadline)
        while clock.now < end {
            if let found = try await probe() { return found }
            if let process, process.hasExited {
                throw RunE2EError(code: "operator-exited",
                                  message: "orgops run exited while waiting for \(what):\n\(process.tail())")
            }
            try await Task.sleep(for: .milliseconds(200))
        }
        throw RunE2EError(code: "timed-out", message: "gave up waiting for \(what):\n\(process?.tail() ?? "")")
    }

    /// Makes the remote refuse pushes to the status branch while `flagFile` exists (a `pre-receive` hook),
    /// only those of commits authored by `author` when given, so the test's own pushes still land.
    func holdStatusPushes(whileExists flagFile: String, author: String? = nil) throws {
        let authorCheck = author.map { email in
            "[ \"$(/usr/bin/git log -1 --format=%ae \"$new\")\" = '\(email)' ] || continue; "
        } ?? ""
        let hook = """
            #!/bin/sh
            [ -e '\(flagFile)' ] || exit 0
            while read old new ref; do
              [ "$ref" = 'refs/heads/\(Self.statusBranch)' ] || continue
              \(authorCheck)echo 'status pushes are held' >&2; exit 1
            done
            exit 0

            """
        try installPreReceive(hook)
    }

    /// Makes every push to the status branch spend `seconds` in the remote's `pre-receive` hook, which
    /// first touches the returned marker file, so a test knows a push is in flight.
    func slowStatusPushes(seconds: Int) throws -> String {
        let started = remote.root + "/push-started"
        try installPreReceive("""
            #!/bin/sh
            while read old new ref; do
              [ "$ref" = 'refs/heads/\(Self.statusBranch)' ] && { touch '\(started)'; sleep \(seconds); }
            done
            exit 0

            """)
        return started
    }

    /// Removes the `pre-receive` hook: status pushes are taken again at once.
    func removePreReceive() throws {
        try FileManager.default.removeItem(atPath: remote.bareRepository + "/hooks/pre-receive")
    }

    /// Writes the bare repository's executable `pre-receive` hook.
    private func installPreReceive(_ hook: String) throws {
        let path = remote.bareRepository + "/hooks/pre-receive"
        guard FileManager.default.createFile(atPath: path, contents: Data(hook.utf8),
                                             attributes: [.posixPermissions: 0o755]) else {
            throw RunE2EError(code: "hook-not-written", message: "could not write the pre-receive hook '\(path)'")
        }
    }

    /// Deletes the remote and the operator's work directory.
    func remove() {
        remote.remove()
    }
}

/// One commit of the status branch, with its trailers parsed.
struct StatusRecord: Sendable, CustomStringConvertible {
    let id: String
    let parents: [String]
    let subject: String
    let body: String
    /// The `Orgops-*` trailers (the last value of each key).
    let trailers: [String: String]

    init?(record: String) {
        let fields = record.trimmingCharacters(in: .newlines).split(separator: "\u{1f}", omittingEmptySubsequences: false)
        guard fields.count == 4 else { return nil }
        id = String(fields[0])
        parents = fields[1].split(separator: " ").map(String.init)
        subject = String(fields[2])
        body = String(fields[3])
        var trailers: [String: String] = [:]
        for line in body.split(separator: "\n") where line.hasPrefix("Orgops-") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            trailers[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        self.trailers = trailers
    }

    /// `Orgops-Result`.
    var result: String? { trailers["Orgops-Result"] }
    /// `Orgops-Source-Revision`.
    var revision: String? { trailers["Orgops-Source-Revision"] }
    /// A trailer read as a number (`Orgops-Applied`, `Orgops-Drift-Found`…).
    func count(_ key: String) -> Int? { trailers[key].flatMap { Int($0) } }

    var description: String { "\(id.prefix(7)) \(subject)" }
}

/// Why an end-to-end wait gave up.
struct RunE2EError: Error, CustomStringConvertible {
    /// Stable: `operator-exited` or `timed-out`.
    let code: String
    let message: String
    var description: String { "\(code): \(message)" }
}
