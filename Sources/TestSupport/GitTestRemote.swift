import Foundation
import GitClient
import OperatorSupport

/// A real git remote for tests: a bare repository plus a "human" clone that commits and pushes to it.
///
/// Everything lives under one temporary directory that `remove()` deletes.
/// git runs with a private HOME and no system config, like the operator's
/// own children, so the machine's settings never change a test's outcome.
public struct GitTestRemote: Sendable {
    /// The temporary directory holding everything.
    public let root: String
    /// The bare repository the operator clones (its `--repo-url`).
    public let bareRepository: String
    /// A working clone standing in for a person who pushes to the remote.
    public let humanClone: String
    /// A fresh directory for the operator's `--work-dir`.
    public let workDirectory: String
    private let runner: SubprocessRunner

    /// Creates the remote with one commit on `main` holding `files`.
    public static func make(files: [String: String] = ["README.md": "estate\n"]) async throws -> GitTestRemote {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("orgops-git-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/home", withIntermediateDirectories: true)
        let remote = GitTestRemote(root: root)
        try await remote.git(["init", "--quiet", "--bare", "--initial-branch=main", remote.bareRepository])
        try await remote.git(["init", "--quiet", "--initial-branch=main", remote.humanClone])
        try await remote.human(["remote", "add", "origin", remote.bareRepository])
        try await remote.commit(files, message: "initial estate")
        return remote
    }

    private init(root: String) {
        self.root = root
        self.bareRepository = root + "/remote.git"
        self.humanClone = root + "/human"
        self.workDirectory = root + "/operator"
        self.runner = SubprocessRunner()
    }

    /// The environment of the test's own git commands: a private HOME, fixed identity, no signing.
    public var environment: [String: String] {
        ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": root + "/home", "LC_ALL": "C", "GIT_CONFIG_NOSYSTEM": "1",
         "GIT_AUTHOR_NAME": "Human", "GIT_AUTHOR_EMAIL": "human@example.com",
         "GIT_COMMITTER_NAME": "Human", "GIT_COMMITTER_EMAIL": "human@example.com"]
    }

    /// Runs git with `arguments` and returns its standard output; throws when it fails.
    @discardableResult
    public func git(_ arguments: [String], in directory: String? = nil, input: String? = nil) async throws -> String {
        let command = ProcessCommand(
            executable: "/usr/bin/git", arguments: ["-c", "commit.gpgsign=false"] + arguments,
            environment: environment, workingDirectory: directory ?? root, standardInput: input.map { Array($0.utf8) },
            timeout: .seconds(60))
        return try await runner.run(command).checked().outputText
    }

    /// Runs git in the human clone.
    @discardableResult
    public func human(_ arguments: [String]) async throws -> String {
        try await git(arguments, in: humanClone)
    }

    /// Writes `files` in the human clone on `branch` (created as an orphan if new), commits and pushes; returns the commit id.
    @discardableResult
    public func commit(_ files: [String: String], message: String, branch: String = "main",
                       extraOptions: [String] = []) async throws -> String {
        let current = try await human(["branch", "--list", branch]).trimmingCharacters(in: .whitespacesAndNewlines)
        let remoteHas = try await git(["ls-remote", "--heads", bareRepository, branch]).isEmpty == false
        if remoteHas {
            try await human(["fetch", "--quiet", "origin", branch])
            try await human(["checkout", "--quiet", "-B", branch, "FETCH_HEAD"])
        } else if current.isEmpty {
            try await human(["checkout", "--quiet", "--orphan", branch])
            try await human(["rm", "-r", "-q", "--cached", "--ignore-unmatch", "."])
            try await human(["clean", "-f", "-d", "-q"])
        } else {
            try await human(["checkout", "--quiet", branch])
        }
        for (path, text) in files {
            let url = URL(fileURLWithPath: humanClone).appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            try await human(["add", "--", path])
        }
        try await human(extraOptions + ["commit", "--quiet", "--allow-empty", "-m", message])
        try await human(["push", "--quiet", "origin", "HEAD:refs/heads/" + branch])
        return try await human(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Makes the remote refuse every push while `flagFile` exists (a `pre-receive` hook), like a protected branch or outage.
    public func rejectPushes(whileExists flagFile: String) throws {
        let hook = "#!/bin/sh\nif [ -e '\(flagFile)' ]; then echo 'pushes are frozen' >&2; exit 1; fi\nexit 0\n"
        let path = bareRepository + "/hooks/pre-receive"
        guard FileManager.default.createFile(atPath: path, contents: Data(hook.utf8), attributes: [.posixPermissions: 0o755]) else {
            throw CocoaError(.fileWriteUnknown)
        }
    }

    /// `git log` of a branch in the bare remote with `format`, newest first, one entry per line.
    public func log(_ branch: String, format: String) async throws -> [String] {
        try await git(["--git-dir=" + bareRepository, "log", "--format=" + format, "refs/heads/" + branch, "--"])
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast().map { $0 }
    }

    /// The operator-side configuration for this remote, with the given overrides.
    public func configuration(_ change: (inout GitRepositoryConfiguration) -> Void = { _ in }) -> GitRepositoryConfiguration {
        var configuration = GitRepositoryConfiguration(
            repositoryURL: bareRepository, workDirectory: workDirectory,
            author: GitIdentity(name: "orgops", email: "orgops@example.com"))
        change(&configuration)
        return configuration
    }

    /// Deletes the temporary directory.
    public func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }
}
