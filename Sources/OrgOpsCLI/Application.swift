import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The entry point of the `orgops` binary.
///
/// `main()` is the only place that reads the process (its arguments, its
/// environment, its streams) and exits; `run` is the whole command line as a
/// function, which the tests call in-process.
public enum Application {
    /// Runs the command line of this process and exits with its status.
    public static func main() async {
        let status = await run(
            arguments: Array(CommandLine.arguments.dropFirst()),
            environment: ProcessInfo.processInfo.environment,
            stdout: StandardStream.output,
            stderr: StandardStream.error)
        exit(status)
    }

    /// Runs one command line and returns its exit status.
    ///
    /// - Parameters:
    ///   - arguments: the words after the program's name (`["validate", "Examples/starter"]`).
    ///   - environment: the variables `ORGOPS_<FLAG>` and the AWS settings are read from.
    ///   - stdout: where results go.
    ///   - stderr: where errors, diagnostics and logs go.
    ///   - registry: the commands on offer; the standard set unless a test narrows it.
    public static func run(arguments: [String], environment: [String: String], stdout: any TerminalOutput,
                           stderr: any TerminalOutput, registry: CommandRegistry = .standard) async -> Int32 {
        let formatter = HelpFormatter()
        let context = CommandContext(environment: environment, stdout: stdout, stderr: stderr)
        guard let first = arguments.first else {
            stdout.write(registry.help.rootHelp)
            return 0
        }
        switch first {
        case "--version":
            stdout.line("orgops \(OrgOpsVersion.current)")
            return 0
        case "--help", "-h":
            stdout.write(registry.help.rootHelp)
            return 0
        default:
            break
        }
        guard let command = registry.command(named: first) else {
            let error = first.hasPrefix("-")
                ? UsageError.unknownOption(first, candidates: CommandRegistry.rootOptions.map { "--\($0.name)" })
                : UsageError.unknownCommand(first, candidates: registry.names)
            report(error, usage: formatter.rootUsage, helpHint: "orgops --help", to: stderr)
            return 1
        }
        let spec = command.spec
        let usage = formatter.usage(for: spec)
        let helpHint = "orgops \(spec.name) --help"
        do {
            let parsed = try CommandLineParser(spec: spec, environment: environment).parse(Array(arguments.dropFirst()))
            if parsed.helpRequested {
                stdout.write(formatter.help(for: spec))
                return 0
            }
            return try await command.run(parsed, context: context)
        } catch let error as UsageError {
            report(error, usage: usage, helpHint: helpHint, to: stderr)
            return 1
        } catch let error as CommandError {
            stderr.line("Error: \(error.message)")
            return 1
        } catch {
            stderr.line("Error: \(error)")
            return 1
        }
    }

    /// Prints a usage error the argument-parser way: the message, the usage line, where to read more.
    static func report(_ error: UsageError, usage: String, helpHint: String, to stderr: any TerminalOutput) {
        stderr.line("Error: \(error.message)")
        stderr.line("Usage: \(usage)")
        stderr.line("See '\(helpHint)'.")
    }
}
