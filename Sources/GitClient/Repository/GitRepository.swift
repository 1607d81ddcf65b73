import Foundation
import OperatorSupport

/// The real `SourceRepository`: a bare clone in the work directory, driven by running `git`.
///
/// An actor, so its commands never interleave (status commits share one
/// index file). Remote branches are fetched into `refs/remotes/origin/*`;
/// the local `refs/heads/<status-branch>` is the outbox of status commits,
/// ahead of `origin/<status-branch>` only while pushes are failing.
public actor GitRepository: SourceRepository {
    /// The settings it was created with.
    public let configuration: GitRepositoryConfiguration
    let shell: GitShell
    let clock: any OperatorClock
    let random: @Sendable () -> Double
    let logger: Logger
    /// Whether an operation holds the clone; operations suspend while git runs, so the actor alone does not serialize them.
    var busy = false
    /// Operations waiting for the clone, first come first served.
    var waiting: [CheckedContinuation<Void, Never>] = []

    /// `--branch`, the watched branch.
    public nonisolated var branch: String { configuration.branch }
    /// `--status-branch`, where status commits go.
    public nonisolated var statusBranch: String { configuration.statusBranch }

    /// Creates a repository; nothing touches the disk until `prepare()`.
    ///
    /// - Parameters:
    ///   - runner: starts every `git` (and `gpg`) child.
    ///   - clock: paces the backoff between status push attempts and dates status commits.
    ///   - random: jitter source, values in `[0, 1)`.
    ///   - logger: receives failed status pushes (warning) and commits kept for later (notice).
    public init(configuration: GitRepositoryConfiguration, runner: any ProcessRunner, clock: any OperatorClock,
                random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
                logger: Logger = .disabled) throws(GitError) {
        for (flag, name) in [("--branch", configuration.branch), ("--status-branch", configuration.statusBranch)] {
            guard Self.isValidBranchName(name) else {
                throw GitError(code: .invalidArgument, message: "\(flag) '\(name)' is not a valid git branch name")
            }
        }
        guard configuration.branch != configuration.statusBranch else {
            throw GitError(code: .invalidArgument,
                           message: "--status-branch '\(configuration.statusBranch)' must differ from --branch, or status commits would be reconciled")
        }
        guard !configuration.repositoryURL.isEmpty, !configuration.repositoryURL.hasPrefix("-") else {
            throw GitError(code: .invalidArgument, message: "--repo-url '\(configuration.repositoryURL)' is not a repository address")
        }
        if let components = URLComponents(string: configuration.repositoryURL), components.password != nil {
            let shown = GitEnvironment(configuration: configuration).displayURL
            throw GitError(code: .invalidArgument,
                           message: "--repo-url '\(shown)' carries a password; put the token in --git-token-file instead, so it never reaches process arguments")
        }
        self.configuration = configuration
        self.shell = GitShell(runner: runner, configuration: configuration)
        self.clock = clock
        self.random = random
        self.logger = logger
    }

    func performPrepare() async throws(GitError) {
        try shell.environment.install()
        let repository = configuration.repositoryDirectory
        if !FileManager.default.fileExists(atPath: repository + "/HEAD") {
            try await shell.run(["init", "--quiet", "--bare", repository], doing: "creating the clone '\(repository)'",
                                inRepository: false)
            try await shell.run(["config", "remote.origin.url", configuration.repositoryURL],
                                doing: "setting the remote of '\(repository)'")
        } else {
            let current = try await shell.runUnchecked(["config", "--get", "remote.origin.url"], doing: "reading the remote")
            if current.outputText.trimmingCharacters(in: .newlines) != configuration.repositoryURL {
                try await shell.run(["config", "remote.origin.url", configuration.repositoryURL],
                                    doing: "setting the remote of '\(repository)'")
            }
        }
        try await shell.run(["config", "--replace-all", "remote.origin.fetch", "+refs/heads/*:refs/remotes/origin/*"],
                            doing: "setting the fetch refspec")
        // Automatic gc stays on (status commits would pile up otherwise) but runs in the foreground, inside the
        // command's timeout, so no detached git process outlives the operator's children.
        try await shell.run(["config", "gc.autoDetach", "false"], doing: "configuring gc")
        _ = try await performFetch()
    }

    func performFetch() async throws(GitError) -> Revision {
        try await fetchRemote()
        guard let head = try await shell.commit("refs/remotes/origin/" + configuration.branch) else {
            throw GitError(code: .notFound,
                           message: "branch '\(configuration.branch)' does not exist in '\(shell.environment.displayURL)'")
        }
        return head
    }

    /// Fetches the watched branch and the status branch (which may not exist yet), pruning deleted ones.
    func fetchRemote() async throws(GitError) {
        let branch = configuration.branch
        let status = configuration.statusBranch
        try await shell.run(
            ["fetch", "--quiet", "--prune", "--no-tags", "--no-write-fetch-head", "origin",
             "+refs/heads/\(branch):refs/remotes/origin/\(branch)",
             "+refs/heads/\(status)*:refs/remotes/origin/\(status)*"],
            doing: "fetching '\(branch)' and '\(status)' from '\(shell.environment.displayURL)'", network: true)
    }

    func performResolve(_ name: String) async throws(GitError) -> Revision {
        guard !name.isEmpty, !name.hasPrefix("-") else {
            throw GitError(code: .invalidArgument, message: "'\(name)' is not a revision name")
        }
        for candidate in [name, "refs/remotes/origin/" + name] {
            if let revision = try await shell.commit(candidate) { return revision }
        }
        throw GitError(code: .notFound, message: "revision '\(name)' does not exist in the clone; fetch first or check the name")
    }

    /// Whether git would accept `name` as a branch (the rules of `git check-ref-format --branch`, minus `@{-n}`).
    static func isValidBranchName(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix("-"), !name.hasPrefix("/"), !name.hasSuffix("/"), !name.hasSuffix("."),
              !name.hasSuffix(".lock"), name != "@", !name.contains(".."), !name.contains("//"), !name.contains("@{")
        else { return false }
        let forbidden: Set<Character> = [" ", "~", "^", ":", "?", "*", "[", "\\", "\u{7f}"]
        guard !name.contains(where: { forbidden.contains($0) || ($0.asciiValue.map { $0 < 0x20 } ?? false) }) else {
            return false
        }
        return !name.split(separator: "/").contains { $0.hasPrefix(".") }
    }
}
