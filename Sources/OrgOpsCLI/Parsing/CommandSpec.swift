/// The declarative description of one command: everything the parser needs and
/// everything `--help` prints.
///
/// Commands are values built from this description rather than types carrying
/// property wrappers, so the help generator and the parser read the same data
/// and a help snapshot pins the whole surface.
public struct CommandSpec: Sendable, Hashable {
    /// One documented exit code.
    public struct ExitCode: Sendable, Hashable {
        /// The process exit status.
        public var code: Int32
        /// When it is returned.
        public var meaning: String

        /// Creates an exit-code line.
        public init(_ code: Int32, _ meaning: String) {
            self.code = code
            self.meaning = meaning
        }
    }

    /// The subcommand's name (`validate`).
    public var name: String
    /// One sentence for the command list and the help's OVERVIEW.
    public var abstract: String
    /// Further paragraphs for `--help`, already wrapped.
    public var discussion: String?
    /// Positional arguments, in order.
    public var arguments: [ArgumentSpec]
    /// Named options; `--help` is added by `allOptions`.
    public var options: [OptionSpec]
    /// The exit codes the command documents.
    public var exitCodes: [ExitCode]

    /// Creates a command description.
    public init(name: String, abstract: String, discussion: String? = nil, arguments: [ArgumentSpec] = [],
                options: [OptionSpec] = [], exitCodes: [ExitCode] = []) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
        self.exitCodes = exitCodes
    }

    /// The declared options followed by `--help`.
    public var allOptions: [OptionSpec] {
        options + [.help]
    }

    /// The option called `name` (long name, no dashes), if the command has one.
    public func option(named name: String) -> OptionSpec? {
        allOptions.first { $0.name == name }
    }

    /// The option whose one-letter alias is `short`, if any.
    public func option(short: Character) -> OptionSpec? {
        allOptions.first { $0.short == short }
    }
}
