import Foundation

/// One named option of a command, described once: the parser reads it, the
/// help text is generated from it, and its environment variable is derived
/// from its name, so the three can never disagree.
public struct OptionSpec: Sendable, Hashable {
    /// How an option takes its value.
    public enum Kind: Sendable, Hashable {
        /// A boolean flag: present or absent (`--strict`).
        case flag
        /// One value: `--format json` or `--format=json`; giving it twice is an error.
        case single
        /// Any number of values: `--org a --org b`; the environment variable takes a comma-separated list.
        case repeatable
    }

    /// The long name without its dashes (`format` for `--format`).
    public var name: String
    /// An optional one-letter alias (`h` for `-h`).
    public var short: Character?
    /// Flag, single value or repeatable.
    public var kind: Kind
    /// The placeholder shown in usage and help (`dir` in `--repo <dir>`).
    public var valueName: String
    /// One line for `--help`, ending without a period; the generator adds defaults and the variable.
    public var help: String
    /// The value used when neither the flag nor its environment variable is given.
    public var defaultValue: String?
    /// The accepted values; empty when any value is accepted.
    public var choices: [String]
    /// False only for `--help` and `--version`, which make no sense in the environment.
    public var readsEnvironment: Bool

    /// Creates an option; prefer the `flag`, `option` and `repeatable` factories.
    public init(name: String, short: Character? = nil, kind: Kind, valueName: String, help: String,
                defaultValue: String? = nil, choices: [String] = [], readsEnvironment: Bool = true) {
        self.name = name
        self.short = short
        self.kind = kind
        self.valueName = valueName
        self.help = help
        self.defaultValue = defaultValue
        self.choices = choices
        self.readsEnvironment = readsEnvironment
    }

    /// A boolean flag.
    public static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(name: name, short: short, kind: .flag, valueName: "", help: help)
    }

    /// An option taking one value.
    public static func option(_ name: String, value: String, help: String, defaultValue: String? = nil,
                              choices: [String] = []) -> OptionSpec {
        OptionSpec(name: name, kind: .single, valueName: value, help: help, defaultValue: defaultValue,
                   choices: choices)
    }

    /// An option that may be given several times.
    public static func repeatable(_ name: String, value: String, help: String) -> OptionSpec {
        OptionSpec(name: name, kind: .repeatable, valueName: value, help: help)
    }

    /// `--help` / `-h`, which every command has.
    public static let help = OptionSpec(name: "help", short: "h", kind: .flag, valueName: "",
                                        help: "Show help information", readsEnvironment: false)

    /// The variable that stands in for the flag: `ORGOPS_` and the name in upper case, `-` → `_`.
    public var environmentVariable: String {
        "ORGOPS_" + name.uppercased().replacingOccurrences(of: "-", with: "_")
    }

    /// How the option is written in usage lines and messages: `--repo <dir>` or `--strict`.
    public var synopsis: String {
        kind == .flag ? "--\(name)" : "--\(name) <\(valueName)>"
    }
}

/// A positional argument of a command (`[PATH]` of `orgops validate`).
public struct ArgumentSpec: Sendable, Hashable {
    /// The name shown as `<path>` and used to read the value back.
    public var name: String
    /// One line for `--help`.
    public var help: String
    /// Whether the argument may be left out.
    public var isOptional: Bool

    /// Creates a positional argument.
    public init(name: String, help: String, isOptional: Bool = true) {
        self.name = name
        self.help = help
        self.isOptional = isOptional
    }
}
