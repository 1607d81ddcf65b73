import Foundation
import GitClient
import OperatorSupport
import Testing
import TestSupport

@Suite("GitRepository: credentials and the locked-down environment")
struct GitCredentialTests {
    static let token = "ghp_SuperSecretToken0123456789"

    @Test func theTokenNeverReachesArgumentsEnvironmentsOrErrors() async throws {
        let remote = try await GitTestRemote.make()
        defer { remote.remove() }
        let tokenFile = remote.root + "/token"
        try Data((Self.token + "\n").utf8).write(to: URL(fileURLWithPath: tokenFile))
        let runner = RecordingRunner()
        let configuration = remote.configuration {
            $0.tokenFile = tokenFile
            $0.repositoryURL = "https://127.0.0.1:1/estate.git"
            $0.networkTimeout = .seconds(20)
        }
        let repository = try GitRepository(configuration: configuration, runner: runner, clock: RecordingClock())
        let error = await #expect(throws: GitError.self) { try await repository.prepare() }
        let text = try #require(error).description
        #expect(!text.contains(Self.token))
        #expect(text.contains("127.0.0.1"))
        #expect(!runner.commands.isEmpty)
        for command in runner.commands {
            #expect(!command.arguments.joined(separator: " ").contains(Self.token))
            #expect(!command.environment.values.joined(separator: " ").contains(Self.token))
            #expect(!command.displayString.contains(Self.token))
        }
        #expect(runner.commands.contains { $0.environment["GIT_ASKPASS"] != nil })
    }

    @Test func gitAuthenticatesOverHTTPWithTheTokenFile() async throws {
        let remote = try await GitTestRemote.make(files: ["orgs/a.yaml": "a\n"])
        defer { remote.remove() }
        let backend = try await GitHTTPBackend.start(remote, user: "x-access-token", token: Self.token)
        let tokenFile = remote.root + "/token"
        try Data((Self.token + "\n").utf8).write(to: URL(fileURLWithPath: tokenFile))
        let runner = RecordingRunner()
        let configuration = remote.configuration {
            $0.repositoryURL = backend.url
            $0.tokenFile = tokenFile
        }
        let repository = try GitRepository(configuration: configuration, runner: runner, clock: RecordingClock())
        try await repository.prepare()
        let head = try await repository.fetch()
        #expect(try await repository.files(at: head, under: "orgs").paths == ["a.yaml"])
        let outcome = try await repository.writeStatus(StatusCommit(
            files: ["status/a.yaml": Array("result: converged\n".utf8)], summary: "orgops(a): converged",
            trailers: [.init("Orgops-Result", "converged")]))
        #expect(outcome.pushed)
        #expect(try await remote.log("orgops/status", format: "%s") == ["orgops(a): converged"])
        for command in runner.commands {
            #expect(!(command.arguments + Array(command.environment.values)).joined(separator: " ").contains(Self.token))
        }

        // A wrong token is refused by the server, and the error names the remote without the token.
        try Data("wrong-token-value\n".utf8).write(to: URL(fileURLWithPath: tokenFile))
        let error = await #expect(throws: GitError.self) { try await repository.fetch() }
        #expect(error?.description.contains(backend.url) == true)
        #expect(error?.description.contains("wrong-token-value") == false)
        await backend.server.stop(grace: .seconds(5))
    }

    @Test func aPasswordInTheURLIsRefusedWithoutQuotingIt() async throws {
        let configuration = GitRepositoryConfiguration(
            repositoryURL: "https://user:\(Self.token)@example.com/estate.git", workDirectory: "/nonexistent")
        let error = #expect(throws: GitError.self) {
            try GitRepository(configuration: configuration, runner: RecordingRunner(), clock: RecordingClock())
        }
        #expect(error?.code == .invalidArgument)
        #expect(error?.description.contains(Self.token) == false)
        #expect(error?.message.contains("'https://example.com/estate.git'") == true)
    }

    @Test func theAskpassHelperAnswersFromTheTokenFile() async throws {
        let remote = try await GitTestRemote.make()
        defer { remote.remove() }
        let tokenFile = remote.root + "/token"
        try Data((Self.token + "\n").utf8).write(to: URL(fileURLWithPath: tokenFile))
        let runner = RecordingRunner()
        let repository = try GitRepository(configuration: remote.configuration { $0.tokenFile = tokenFile },
                                           runner: runner, clock: RecordingClock())
        try await repository.prepare()
        let askpass = try #require(runner.commands.last?.environment["GIT_ASKPASS"])
        let attributes = try FileManager.default.attributesOfItem(atPath: askpass)
        #expect((attributes[.posixPermissions] as? Int) == 0o700)
        for (prompt, answer) in [("Username for 'https://example.com': ", "x-access-token\n"),
                                 ("Password for 'https://x-access-token@example.com': ", Self.token + "\n")] {
            let command = ProcessCommand(executable: askpass, arguments: [prompt], environment: ["PATH": "/usr/bin:/bin"],
                                         timeout: .seconds(10))
            #expect(try await SubprocessRunner().run(command).checked().outputText == answer)
        }
        // A rotated token is read at the next prompt.
        try Data("rotated\n".utf8).write(to: URL(fileURLWithPath: tokenFile))
        let again = ProcessCommand(executable: askpass, arguments: ["Password: "], environment: ["PATH": "/usr/bin:/bin"])
        #expect(try await SubprocessRunner().run(again).checked().outputText == "rotated\n")
    }

    @Test func everyGitChildGetsTheLockedDownEnvironment() async throws {
        let remote = try await GitTestRemote.make()
        defer { remote.remove() }
        let runner = RecordingRunner()
        let configuration = remote.configuration { $0.sshKeyFile = "/keys/it's here" }
        let repository = try GitRepository(configuration: configuration, runner: runner, clock: RecordingClock())
        try await repository.prepare()
        _ = try await repository.fetch()
        let git = runner.commands.filter { $0.executable.hasSuffix("/git") }
        #expect(git.count >= 4)
        for command in git {
            let environment = command.environment
            #expect(environment["GIT_TERMINAL_PROMPT"] == "0")
            #expect(environment["GIT_CONFIG_NOSYSTEM"] == "1")
            #expect(environment["LC_ALL"] == "C")
            #expect(environment["HOME"] == remote.workDirectory + "/home")
            #expect(environment["GIT_ASKPASS"] == nil)
            #expect(environment["SSH_ASKPASS"] == nil)
            #expect(environment["GIT_SSH_COMMAND"]?.hasPrefix("ssh -oBatchMode=yes -oIdentitiesOnly=yes") == true)
            #expect(environment["GIT_SSH_COMMAND"]?.hasSuffix("-i '/keys/it'\\''s here'") == true)
            #expect(command.timeout != nil)
            #expect(command.arguments.contains("core.hooksPath=/dev/null"))
        }
        let fetch = try #require(git.last { $0.arguments.contains("fetch") })
        #expect(fetch.timeout == configuration.networkTimeout)
    }

    @Test func authorsAreParsed() throws {
        let author = try GitIdentity(parsing: " orgops bot <orgops@example.com> ")
        #expect(author == GitIdentity(name: "orgops bot", email: "orgops@example.com"))
        #expect(author.description == "orgops bot <orgops@example.com>")
        for bad in ["orgops", "<a@b>", "a <b> <c>x", "a <b\nc>"] {
            let error = #expect(throws: GitError.self) { try GitIdentity(parsing: bad) }
            #expect(error?.code == .invalidArgument)
        }
    }
}
