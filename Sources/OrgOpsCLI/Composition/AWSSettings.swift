import AWSClient

/// The AWS part of a command line: the profile and the client-side limits.
///
/// Kept apart from the command's other options so `plan`, `apply` and later `run` read them
/// the same way, and so a bad `--rate` is a usage error before anything is loaded or read.
public struct AWSSettings: Sendable, Hashable {
    /// `--profile`; nil leaves the choice to `AWS_PROFILE` or `default`.
    public var profile: String?
    /// `--rate group=calls-per-second` settings, in the order given.
    public var rates: [String]
    /// `--inflight group=count` settings, in the order given.
    public var inflight: [String]

    /// Creates settings.
    public init(profile: String? = nil, rates: [String] = [], inflight: [String] = []) {
        self.profile = profile
        self.rates = rates
        self.inflight = inflight
    }

    /// The options that carry these settings, for a command's spec.
    public static let options: [OptionSpec] = [
        .option("profile", value: "name", help: "The AWS shared-config profile of the operator's own credentials"),
        .repeatable("rate", value: "group=n",
                    help: "Calls per second for a limit group (identitycenter=20 by default)"),
        .repeatable("inflight", value: "group=n",
                    help: "Calls in flight for a limit group (organizations=2, assignments=10, create-account=5)"),
    ]

    /// Reads the settings of a parsed command line.
    public init(arguments: ParsedArguments) {
        self.init(profile: arguments.string("profile"), rates: arguments.strings("rate"),
                  inflight: arguments.strings("inflight"))
    }

    /// The default limits with these settings applied.
    /// - Throws: `UsageError` naming the malformed setting.
    public func limits() throws(UsageError) -> RateLimits {
        do {
            return try RateLimits.default.applying(rates: rates, inflight: inflight)
        } catch let error as RateLimitSpecError {
            throw UsageError(code: "invalid-value", message: error.description)
        } catch {
            throw UsageError(code: "invalid-value", message: "\(error)")
        }
    }
}
