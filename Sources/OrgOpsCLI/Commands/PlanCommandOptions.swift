import OrgModel

/// The options `plan` and `apply` share, read once into a value: which manifests, which
/// organizations, how the plan is shaped and read, how it is printed.
public struct PlanCommandOptions: Sendable, Equatable {
    /// `--repo`: the manifest repository on disk.
    public var repository: String
    /// `--org`: the organizations to plan; empty plans every organization of the repository.
    public var organizations: [String]
    /// `--format`: text, json or markdown.
    public var format: PlanOutputFormat
    /// `--max-deletions` and `--owner-tag-key`.
    public var planOptions: PlanOptions
    /// `--stats`: print the AWS calls made, per operation, on stderr.
    public var stats: Bool
    /// `--full-read`: read tags even where the command's default read does not.
    public var fullRead: Bool
    /// `--state-dir`: where `apply` records the inventory; nil for `<repo>/.orgops`.
    public var stateDirectory: String?
    /// `--detect-stack-drift`, `--stack-drift-interval`.
    public var stackDrift: StackDriftSettings
    /// `--profile`, `--rate`, `--inflight`.
    public var aws: AWSSettings
    /// `--log-format`, `--log-level`.
    public var logging: LogSettings

    /// The options, in the order `--help` lists them; `formats` are the `--format` choices of the command.
    public static func specs(formats: [PlanOutputFormat]) -> [OptionSpec] {
        [
            .option("repo", value: "dir", help: "The manifest repository on disk", defaultValue: "."),
            .repeatable("org", value: "name", help: "Plan only this organization (repeatable; default all)"),
            .option("format", value: "format", help: "How the plan is printed on stdout", defaultValue: "text",
                    choices: formats.map(\.rawValue)),
            .option("max-deletions", value: "n", help: "Refuse a plan that deletes more than this, naming what",
                    defaultValue: String(PlanOptions.defaultMaxDeletions)),
            .option("owner-tag-key", value: "key", help: "The tag that marks what orgops created or adopted",
                    defaultValue: PlanOptions.defaultOwnerTagKey),
            .flag("stats", help: "Print the AWS API calls made, per operation, on stderr"),
            .option("state-dir", value: "dir",
                    help: "Where apply records what orgops manages, for cheap plans (default: <repo>/.orgops)"),
            .flag("detect-stack-drift", help: "Run StackSet drift detection in this pass, whatever the schedule"),
            .option("stack-drift-interval", value: "duration",
                    help: "How long after a StackSet drift detection the next one is due (recorded in --state-dir)",
                    defaultValue: "6h"),
        ] + AWSSettings.options + LogSettings.options
    }

    /// Reads and checks the options of a parsed command line.
    /// - Throws: `UsageError` for a malformed number, limit or empty tag key.
    public init(arguments: ParsedArguments) throws(UsageError) {
        repository = arguments.string("repo") ?? "."
        organizations = arguments.strings("org")
        format = arguments.string("format").flatMap(PlanOutputFormat.init(rawValue:)) ?? .text
        let maxDeletions = try arguments.count("max-deletions") ?? PlanOptions.defaultMaxDeletions
        let ownerTagKey = arguments.string("owner-tag-key") ?? PlanOptions.defaultOwnerTagKey
        guard !ownerTagKey.isEmpty, ownerTagKey.utf8.count <= 128, !ownerTagKey.lowercased().hasPrefix("aws:") else {
            throw UsageError(code: "invalid-value",
                             message: "invalid value '\(ownerTagKey)' for \(arguments.origin(of: "owner-tag-key")); expected a tag key of 1 to 128 characters not starting with 'aws:'")
        }
        planOptions = PlanOptions(ownerTagKey: ownerTagKey, maxDeletions: maxDeletions)
        stats = arguments.flag("stats")
        fullRead = arguments.flag("full-read")
        stateDirectory = arguments.string("state-dir")
        stackDrift = StackDriftSettings(onDemand: arguments.flag("detect-stack-drift"),
                                        interval: try arguments.duration("stack-drift-interval")
                                            ?? StackDriftSchedule.defaultInterval)
        aws = AWSSettings(arguments: arguments)
        _ = try aws.limits()
        logging = LogSettings(arguments: arguments)
    }
}
