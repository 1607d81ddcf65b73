/// The values of one command line, after the flags, their environment
/// variables and the defaults have been merged (the flag winning).
///
/// Each value remembers where it came from, so a bad value can be reported as
/// "for '--interval'" or "for ORGOPS_INTERVAL", whichever the person typed.
public struct ParsedArguments: Sendable, Hashable {
    /// Where a value came from.
    public enum Source: Sendable, Hashable {
        /// Typed on the command line.
        case commandLine
        /// Read from this environment variable.
        case environment(String)
        /// The option's default.
        case defaultValue
    }

    /// The values given for one option (one for single options and flags, any number for repeatable ones).
    struct Entry: Sendable, Hashable {
        var values: [String]
        var source: Source
    }

    /// The command these arguments were parsed for.
    public let spec: CommandSpec
    var entries: [String: Entry] = [:]
    /// Positional values by argument name.
    public internal(set) var positionals: [String: String] = [:]
    /// Whether `--help` or `-h` was given.
    public internal(set) var helpRequested = false

    init(spec: CommandSpec) {
        self.spec = spec
    }

    /// The value of a single-value option, or nil when it was not given and has no default.
    public func string(_ name: String) -> String? {
        entries[name]?.values.last
    }

    /// All values of a repeatable option, in the order given.
    public func strings(_ name: String) -> [String] {
        entries[name]?.values ?? []
    }

    /// Whether a flag is on.
    public func flag(_ name: String) -> Bool {
        entries[name] != nil
    }

    /// Where the option's value came from, or nil when it has none.
    public func source(of name: String) -> Source? {
        entries[name]?.source
    }

    /// A positional argument's value.
    public func argument(_ name: String) -> String? {
        positionals[name]
    }

    /// The option's value read as a duration (`30s`, `1h30m`).
    public func duration(_ name: String) throws(UsageError) -> Duration? {
        guard let text = string(name) else { return nil }
        do {
            return try DurationParser.parse(text)
        } catch {
            throw UsageError.invalidValue(text, origin: origin(of: name), expected: DurationParser.expected)
        }
    }

    /// The option's value read as a non-negative integer (`--max-deletions 5`).
    public func count(_ name: String) throws(UsageError) -> Int? {
        guard let text = string(name) else { return nil }
        guard let value = Int(text), value >= 0 else {
            throw UsageError.invalidValue(text, origin: origin(of: name), expected: "a whole number, 0 or more")
        }
        return value
    }

    /// How to name the option in a message: the flag, or the variable it was read from.
    public func origin(of name: String) -> String {
        switch entries[name]?.source {
        case .environment(let variable): variable
        default: "'--\(name)'"
        }
    }
}
