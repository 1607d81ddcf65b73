/// `orgops help [COMMAND]`: the same text as `--help`, for people who type it
/// the git way.
public struct HelpCommand: Command {
    /// The sentence the tool's own help opens with.
    let abstract: String
    /// The other commands it can describe.
    let others: [CommandSpec]
    /// Lays the text out.
    let formatter: HelpFormatter

    /// Creates the help command for a registry of `others`.
    public init(abstract: String, others: [CommandSpec], formatter: HelpFormatter = HelpFormatter()) {
        self.abstract = abstract
        self.others = others
        self.formatter = formatter
    }

    public var spec: CommandSpec {
        let names = (others.map(\.name) + ["help"]).joined(separator: ", ")
        return CommandSpec(
            name: "help",
            abstract: "Show help for orgops or one of its commands.",
            arguments: [ArgumentSpec(name: "command", help: "The command to describe: \(names).")],
            exitCodes: [.init(0, "Help was shown."), .init(1, "The command is unknown.")])
    }

    /// Every command's description, this one last.
    var allSpecs: [CommandSpec] {
        others + [spec]
    }

    /// The tool's own help: overview, global options, subcommands.
    public var rootHelp: String {
        formatter.rootHelp(abstract: abstract, options: CommandRegistry.rootOptions, commands: allSpecs)
    }

    public func run(_ arguments: ParsedArguments, context: CommandContext) async throws -> Int32 {
        guard let name = arguments.argument("command") else {
            context.stdout.write(rootHelp)
            return 0
        }
        guard let target = allSpecs.first(where: { $0.name == name }) else {
            throw UsageError.unknownCommand(name, candidates: allSpecs.map(\.name))
        }
        context.stdout.write(formatter.help(for: target))
        return 0
    }
}
