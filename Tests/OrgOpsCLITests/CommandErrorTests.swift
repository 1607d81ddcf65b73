import Testing
import OrgOpsCLI

/// How the application reports a command's own failures, with a registry narrowed to test commands.
@Suite struct CommandErrorTests {
    /// Fails the way a command that cannot reach its input does.
    struct FailingCommand: Command {
        let error: any Error & Sendable

        var spec: CommandSpec {
            CommandSpec(name: "fail", abstract: "Always fails.", options: [.option("target", value: "name", help: "What to fail on")])
        }

        func run(_ arguments: ParsedArguments, context: CommandContext) async throws -> Int32 {
            context.stdout.line("partial output")
            throw error
        }
    }

    struct Opaque: Error, CustomStringConvertible {
        var description: String { "something opaque went wrong" }
    }

    func run(_ error: any Error & Sendable, _ arguments: [String] = ["fail"]) async -> (Int32, String, String) {
        let registry = CommandRegistry(abstract: "Test tool.", commands: [FailingCommand(error: error)])
        let out = OutputBuffer(), err = OutputBuffer()
        let status = await Application.run(arguments: arguments, environment: [:], stdout: out, stderr: err,
                                           registry: registry)
        return (status, out.text, err.text)
    }

    @Test func commandErrorPrintsItsMessageWithoutUsage() async {
        let (status, stdout, stderr) = await run(CommandError(code: "repository-not-found", message: "repository 'x' not found"))
        #expect(status == 1)
        #expect(stdout == "partial output\n")
        #expect(stderr == "Error: repository 'x' not found\n")
    }

    @Test func usageErrorThrownByACommandPrintsItsUsage() async {
        let (status, _, stderr) = await run(UsageError(code: "conflicting-arguments", message: "give one"))
        #expect(status == 1)
        #expect(stderr == "Error: give one\nUsage: orgops fail [--target <name>]\nSee 'orgops fail --help'.\n")
    }

    @Test func anyOtherErrorIsDescribed() async {
        let (status, _, stderr) = await run(Opaque())
        #expect(status == 1)
        #expect(stderr == "Error: something opaque went wrong\n")
    }

    @Test func aNarrowedRegistryListsOnlyItsCommands() async {
        let (status, stdout, _) = await run(Opaque(), ["--help"])
        #expect(status == 0)
        #expect(stdout.contains("  fail                    Always fails.\n"))
        #expect(!stdout.contains("validate"))
    }
}
