import Foundation
import GitClient
import OperatorSupport
import OrgModel

/// `orgops status`: the latest status of every organization (or those named), read from the status branch.
///
/// It reads git alone, like an engineer with `git show`, so it works from a
/// laptop against the same remote the operator writes to.
public struct StatusCommand: Command {
    let clock: any OperatorClock

    /// Creates the command.
    public init(clock: any OperatorClock = SystemClock()) {
        self.clock = clock
    }

    public var spec: CommandSpec {
        CommandSpec(
            name: "status",
            abstract: "Print the latest status of each organization from the status branch.",
            discussion: """
                Fetches --status-branch from --repo-url (or from the clone at --repo) into a private bare
                clone and prints each status/<organization>.yaml: result, revision, time, counts and
                what is not in sync.
                """,
            options: [
                .option("repo", value: "dir", help: "A clone of the manifest repository", defaultValue: "."),
                .option("repo-url", value: "url", help: "The manifest repository's remote (instead of --repo)"),
                .option("branch", value: "name", help: "The watched branch", defaultValue: "main"),
                .option("status-branch", value: "name", help: "The branch the operator commits status to",
                        defaultValue: "orgops/status"),
                .repeatable("org", value: "name", help: "Only this organization (repeatable; default all)"),
                .option("format", value: "format", help: "How the status is printed", defaultValue: "text",
                        choices: ["text", "json"]),
                .option("work-dir", value: "dir", help: "Where the private clone is kept (default: a temporary directory)"),
            ],
            exitCodes: [
                .init(0, "The status was read and printed."),
                .init(1, "The status branch or a status file could not be read."),
            ])
    }

    public func run(_ arguments: ParsedArguments, context: CommandContext) async throws -> Int32 {
        var url = arguments.string("repo-url") ?? arguments.string("repo") ?? "."
        if arguments.string("repo-url") == nil {
            url = URL(fileURLWithPath: url).standardizedFileURL.path
        }
        let statusBranch = arguments.string("status-branch") ?? "orgops/status"
        let temporary = arguments.string("work-dir") == nil
        let workDirectory = arguments.string("work-dir")
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("orgops-status-\(ProcessInfo.processInfo.processIdentifier)").path
        defer { if temporary { try? FileManager.default.removeItem(atPath: workDirectory) } }
        let repository = try GitRepository(
            configuration: GitRepositoryConfiguration(repositoryURL: url, branch: arguments.string("branch") ?? "main",
                                                      statusBranch: statusBranch, workDirectory: workDirectory),
            runner: SubprocessRunner(clock: clock), clock: clock)
        let documents: [StatusDocument]
        do {
            try await repository.prepare()
            let head = try await repository.resolve("origin/\(statusBranch)")
            let files = try await repository.files(at: head, under: "status")
            let wanted = Set(arguments.strings("org"))
            documents = try files.files.keys.sorted().compactMap { path throws -> StatusDocument? in
                guard path.hasSuffix(".yaml"), let text = files.text(path) else { return nil }
                let document = try StatusDocument(yaml: text)
                return wanted.isEmpty || wanted.contains(document.organization) ? document : nil
            }
            let missing = wanted.subtracting(documents.map(\.organization)).sorted()
            if !missing.isEmpty {
                context.stderr.line("error: no status on '\(statusBranch)' for organization \(missing.map { "'\($0)'" }.joined(separator: ", "))")
                return 1
            }
        } catch let error as GitError {
            context.stderr.line("error: cannot read the status branch '\(statusBranch)' of '\(url)': \(error.message)")
            return 1
        } catch let error as StatusDocumentError {
            context.stderr.line("error: \(error.message) [\(error.code)]")
            return 1
        }
        if arguments.string("format") == "json" {
            context.stdout.line(StatusPrinter.json(documents))
        } else {
            for line in StatusPrinter.text(documents) { context.stdout.line(line) }
        }
        return 0
    }
}
