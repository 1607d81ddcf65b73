import Foundation
import GitClient
import OperatorSupport
import OrgModel
import Reconciler

/// The flags of `orgops run`, read and checked: CLI.md's list, with its defaults.
public struct RunCommandOptions: Sendable {
    /// `--repo-url`, `--branch`, `--status-branch`, `--work-dir`, credentials, author and signing key.
    public var git: GitRepositoryConfiguration
    /// Mode, path, trusted keys, plan options, heartbeat.
    public var reconcile: ReconcileConfiguration
    /// `--interval` and the shutdown grace.
    public var loop: LoopSettings
    /// `--listen`.
    public var listen: BindAddress
    /// `--once`.
    public var once: Bool
    /// `--webhook-secret-file`.
    public var webhookSecretFile: String?
    /// `--profile`, `--rate`, `--inflight`.
    public var aws: AWSSettings
    /// `--log-format`, `--log-level`.
    public var logging: LogSettings
    /// `--stack-drift-interval`: how long after a StackSet drift detection the next one is due.
    public var stackDrift: StackDriftSettings
    /// `<work-dir>/state`: what the operator keeps across restarts besides its clone (the StackSet drift
    /// detection times, `stack-drift/<organization>.json`), so a restart does not re-detect everything at once.
    public var stateDirectory: String { (git.workDirectory as NSString).appendingPathComponent("state") }

    /// The options, in the order `--help` lists them.
    public static let specs: [OptionSpec] = [
        .option("repo-url", value: "url", help: "The manifest repository to follow (required)"),
        .option("branch", value: "name", help: "The branch whose head is reconciled", defaultValue: "main"),
        .option("path", value: "dir", help: "The manifest directory inside the repository (default: its root)"),
        .option("work-dir", value: "dir", help: "Where the operator keeps its clone", defaultValue: "/var/lib/orgops"),
        .option("interval", value: "duration", help: "How often to fetch and reconcile, jittered", defaultValue: "1m"),
        .option("status-branch", value: "name", help: "The branch status commits go to", defaultValue: "orgops/status"),
        .option("listen", value: "host:port", help: "Health, readiness, metrics and webhook address",
                defaultValue: "0.0.0.0:8080"),
        .option("mode", value: "mode", help: "Apply changes, or only plan and report them", defaultValue: "converge",
                choices: ["converge", "observe"]),
        .option("heartbeat", value: "duration", help: "Commit the status after this long even when nothing changed"),
        .flag("once", help: "Run one pass of every organization and exit (0 converged, 2 pending, 1 error)"),
        .flag("verify-signatures", help: "Refuse revisions whose head commit is not signed by a trusted key"),
        .option("trusted-keys", value: "file", help: "SSH allowed-signers file or OpenPGP keyring for --verify-signatures"),
        .option("git-ssh-key-file", value: "file", help: "Private key for SSH remotes"),
        .option("git-token-file", value: "file", help: "Token for HTTPS remotes"),
        .option("webhook-secret-file", value: "file", help: "Shared secret of POST /hooks/git (GitHub or GitLab)"),
        .option("git-author", value: "name <email>", help: "Author of status commits", defaultValue: "orgops <orgops@localhost>"),
        .option("sign-status-key", value: "file", help: "Key that signs status commits"),
        .option("shutdown-grace", value: "duration", help: "How long SIGTERM waits for passes in flight", defaultValue: "30s"),
        .option("max-deletions", value: "n", help: "Refuse a plan that deletes more than this, naming what",
                defaultValue: String(PlanOptions.defaultMaxDeletions)),
        .option("owner-tag-key", value: "key", help: "The tag that marks what orgops created or adopted",
                defaultValue: PlanOptions.defaultOwnerTagKey),
        .option("stack-drift-interval", value: "duration",
                help: "How long after a StackSet drift detection the next one is due (recorded in <work-dir>/state)",
                defaultValue: "6h"),
    ] + AWSSettings.options + LogSettings.options

    /// Reads and checks the options of a parsed command line.
    /// - Throws: `UsageError` naming the flag and quoting the bad value.
    public init(arguments: ParsedArguments) throws(UsageError) {
        guard let url = arguments.string("repo-url"), !url.isEmpty else {
            throw UsageError(code: "missing-option", message: "--repo-url is required: the manifest repository to follow")
        }
        let author: GitIdentity
        do {
            author = try GitIdentity(parsing: arguments.string("git-author") ?? "orgops <orgops@localhost>")
        } catch {
            throw UsageError(code: "invalid-value", message: error.message)
        }
        git = GitRepositoryConfiguration(
            repositoryURL: url, branch: arguments.string("branch") ?? "main",
            statusBranch: arguments.string("status-branch") ?? "orgops/status",
            workDirectory: arguments.string("work-dir") ?? "/var/lib/orgops",
            sshKeyFile: arguments.string("git-ssh-key-file"), tokenFile: arguments.string("git-token-file"),
            author: author, signingKeyFile: arguments.string("sign-status-key"))
        var trust: TrustedKeys?
        if arguments.flag("verify-signatures") {
            guard let file = arguments.string("trusted-keys") else {
                throw UsageError(code: "missing-option", message: "--verify-signatures needs --trusted-keys FILE")
            }
            trust = Self.trustedKeys(file)
        }
        let modeText = arguments.string("mode") ?? "converge"
        guard let mode = ReconcileConfiguration.Mode(rawValue: modeText) else {
            throw UsageError(code: "invalid-value", message: "invalid value '\(modeText)' for --mode; expected converge or observe")
        }
        let ownerTagKey = arguments.string("owner-tag-key") ?? PlanOptions.defaultOwnerTagKey
        let planOptions = PlanOptions(ownerTagKey: ownerTagKey,
                                      maxDeletions: try arguments.count("max-deletions") ?? PlanOptions.defaultMaxDeletions)
        let interval = try arguments.duration("interval") ?? .seconds(60)
        reconcile = ReconcileConfiguration(mode: mode, path: arguments.string("path") ?? "", trustedKeys: trust,
                                           planOptions: planOptions, heartbeat: try arguments.duration("heartbeat"),
                                           transientRequeue: min(interval, .seconds(10)), stalledRequeue: interval)
        loop = LoopSettings(interval: interval, grace: try arguments.duration("shutdown-grace") ?? .seconds(30))
        let listenText = arguments.string("listen") ?? "0.0.0.0:8080"
        do {
            listen = try BindAddress(parsing: listenText)
        } catch {
            throw UsageError(code: "invalid-value", message: "invalid value '\(listenText)' for --listen: \(error)")
        }
        once = arguments.flag("once")
        webhookSecretFile = arguments.string("webhook-secret-file")
        aws = AWSSettings(arguments: arguments)
        _ = try aws.limits()
        logging = LogSettings(arguments: arguments)
        stackDrift = StackDriftSettings(interval: try arguments.duration("stack-drift-interval")
            ?? StackDriftSchedule.defaultInterval)
    }

    /// An armoured or binary OpenPGP keyring is told from an allowed-signers file by its name and first bytes.
    static func trustedKeys(_ path: String) -> TrustedKeys {
        let lower = path.lowercased()
        if [".gpg", ".asc", ".pgp", ".kbx"].contains(where: lower.hasSuffix) { return .openPGPKeyring(path: path) }
        if let handle = FileHandle(forReadingAtPath: path) {
            defer { try? handle.close() }
            let head = String(decoding: handle.readData(ofLength: 64), as: UTF8.self)
            if head.hasPrefix("-----BEGIN PGP") { return .openPGPKeyring(path: path) }
            if let first = head.utf8.first, first & 0x80 != 0 { return .openPGPKeyring(path: path) }
        }
        return .sshAllowedSigners(path: path)
    }
}
