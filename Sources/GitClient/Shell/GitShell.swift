import Foundation
import OperatorSupport

/// The one place GitClient runs `git`: argument array, locked-down environment, timeout, redaction.
///
/// Every call names what it was doing, so a failure reads "fetching
/// 'origin': git ended with exit status 128" followed by git's own output.
/// Children go through `ProcessRunner`, which drains both streams while the
/// child runs.
struct GitShell: Sendable {
    let runner: any ProcessRunner
    let configuration: GitRepositoryConfiguration
    let environment: GitEnvironment

    init(runner: any ProcessRunner, configuration: GitRepositoryConfiguration) {
        self.runner = runner
        self.configuration = configuration
        self.environment = GitEnvironment(configuration: configuration)
    }

    /// Options put before every subcommand: no hooks, no fsmonitor, no pager, no credential helpers.
    static let safetyOptions = [
        "-c", "core.hooksPath=/dev/null", "-c", "core.fsmonitor=false", "-c", "core.pager=cat",
        "-c", "credential.helper=", "--no-pager",
    ]

    /// Runs git in the bare clone and returns its result when it exits 0.
    @discardableResult
    func run(_ arguments: [String], doing: String, input: [UInt8]? = nil, extraEnvironment: [String: String] = [:],
             network: Bool = false, inRepository: Bool = true) async throws(GitError) -> ProcessResult {
        let result = try await runUnchecked(arguments, doing: doing, input: input, extraEnvironment: extraEnvironment,
                                            network: network, inRepository: inRepository)
        do {
            return try result.checked()
        } catch {
            throw GitError(error, while: doing)
        }
    }

    /// Runs git and returns its result whatever the exit status (for commands whose status is an answer).
    func runUnchecked(_ arguments: [String], doing: String, input: [UInt8]? = nil,
                      extraEnvironment: [String: String] = [:], network: Bool = false,
                      inRepository: Bool = true) async throws(GitError) -> ProcessResult {
        var variables = environment.variables()
        variables.merge(extraEnvironment) { _, new in new }
        let location = inRepository ? ["--git-dir=" + configuration.repositoryDirectory] : []
        let command = ProcessCommand(
            executable: configuration.gitExecutable, arguments: location + Self.safetyOptions + arguments,
            environment: variables, workingDirectory: configuration.workDirectory, standardInput: input,
            timeout: network ? configuration.networkTimeout : configuration.localTimeout,
            redactions: environment.redactions())
        do {
            return try await runner.run(command)
        } catch {
            throw GitError(error, while: doing)
        }
    }

    /// Runs git and returns its standard output as text without the trailing newline.
    func output(_ arguments: [String], doing: String, input: [UInt8]? = nil,
                extraEnvironment: [String: String] = [:]) async throws(GitError) -> String {
        let result = try await run(arguments, doing: doing, input: input, extraEnvironment: extraEnvironment)
        var text = result.outputText
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Resolves `name` to a commit, or `nil` when it names nothing (`rev-parse --verify --quiet`).
    func commit(_ name: String) async throws(GitError) -> Revision? {
        let result = try await runUnchecked(["rev-parse", "--verify", "--quiet", "--end-of-options", name + "^{commit}"],
                                            doing: "resolving '\(name)'")
        guard result.termination.isSuccess else { return nil }
        let text = result.outputText.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let revision = Revision(id: text) else {
            throw GitError(code: .malformedOutput, message: "resolving '\(name)': git printed '\(text)', not an object id")
        }
        return revision
    }

    /// Whether `ancestor` is reachable from `descendant`.
    func isAncestor(_ ancestor: Revision, of descendant: Revision) async throws(GitError) -> Bool {
        let result = try await runUnchecked(["merge-base", "--is-ancestor", ancestor.id, descendant.id],
                                            doing: "comparing \(ancestor.short) with \(descendant.short)")
        switch result.termination {
        case .exited(0): return true
        case .exited(1): return false
        default: throw GitError(ProcessError.failed(result), while: "comparing \(ancestor.short) with \(descendant.short)")
        }
    }
}
