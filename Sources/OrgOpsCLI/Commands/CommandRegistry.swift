/// The subcommands `orgops` offers, in the order `--help` lists them.
///
/// Only commands that work are registered: a command appears in the help the
/// day it can be run.
public struct CommandRegistry: Sendable {
    /// The commands, `help` last.
    public let commands: [any Command]
    /// The help command, which also renders the tool's own help.
    public let help: HelpCommand

    /// Creates a registry of `commands`; `help` is appended, describing all of them.
    public init(abstract: String, commands: [any Command]) {
        help = HelpCommand(abstract: abstract, others: commands.map(\.spec))
        self.commands = commands + [help]
    }

    /// The commands of this build of orgops.
    public static let standard = CommandRegistry(
        abstract: "GitOps for AWS Organizations: manifests in git, reconciled into every organization of an estate.",
        commands: [ValidateCommand(), PlanCommand(), ApplyCommand(), RunCommand(), StatusCommand(), ImportCommand(), SchemaCommand()])

    /// The options the tool itself takes before a subcommand.
    public static let rootOptions: [OptionSpec] = [
        OptionSpec(name: "version", kind: .flag, valueName: "", help: "Show the version", readsEnvironment: false),
        .help,
    ]

    /// The command called `name`, if there is one.
    public func command(named name: String) -> (any Command)? {
        commands.first { $0.spec.name == name }
    }

    /// Every command's name, for "did you mean" hints.
    public var names: [String] {
        commands.map(\.spec.name)
    }
}
