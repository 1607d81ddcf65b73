import OperatorSupport
import OrgModel

/// `orgops validate [PATH]`: loads and checks every manifest of a repository
/// on disk, the same way the operator does before it plans, without touching
/// AWS or git — the check a pull request runs.
///
/// Findings are compiler-style diagnostics on stderr (`file:line:col:
/// error: …` with a snippet), or one JSON document on stdout with
/// `--format json`. The exit status is 0 when the revision is valid
/// (warnings allowed, unless `--strict`) and 1 otherwise.
public struct ValidateCommand: Command {
    /// Creates the command.
    public init() {}

    public var spec: CommandSpec {
        CommandSpec(
            name: "validate",
            abstract: "Validate the manifests of a repository without touching AWS.",
            discussion: """
                Reads every *.yaml and *.yml file under the repository (skipping dot-directories
                and .orgopsignore), decodes the orgops manifests, and checks them and their
                cross-references. Diagnostics go to stderr; with --format json one JSON document
                goes to stdout instead.
                """,
            arguments: [ArgumentSpec(name: "path", help: "The manifest repository; the same as --repo.")],
            options: [
                .option("repo", value: "dir", help: "The manifest repository on disk", defaultValue: "."),
                .option("format", value: "format", help: "How to report findings", defaultValue: "text",
                        choices: ["text", "json"]),
                .flag("strict", help: "Treat warnings as errors: exit 1 when there are any"),
            ],
            exitCodes: [
                .init(0, "The manifests are valid (warnings allowed unless --strict)."),
                .init(1, "The manifests are invalid, the repository cannot be read, or the command line is wrong."),
            ])
    }

    public func run(_ arguments: ParsedArguments, context: CommandContext) async throws -> Int32 {
        let root = try repository(from: arguments)
        let result = ManifestLoader.load(files: LocalDirectoryFiles(root: root))
        switch arguments.string("format") {
        case "json":
            context.stdout.line(DiagnosticRenderer.json(result.diagnostics))
        default:
            context.stderr.write(DiagnosticRenderer.text(result.diagnostics, sources: result.sources))
        }
        let failed = result.desired == nil
            || (arguments.flag("strict") && result.diagnostics.contains { $0.severity == .warning })
        return failed ? 1 : 0
    }

    /// The repository to read: the positional PATH, else `--repo` (or `ORGOPS_REPO`), else `.`.
    /// PATH and `--repo` both typed on the command line must agree.
    func repository(from arguments: ParsedArguments) throws(UsageError) -> String {
        let repo = arguments.string("repo") ?? "."
        guard let path = arguments.argument("path") else { return repo }
        if arguments.source(of: "repo") == .commandLine, repo != path {
            throw UsageError(code: "conflicting-arguments",
                             message: "the repository was given twice, as '\(path)' and as '--repo \(repo)'; give one")
        }
        return path
    }
}
