import Foundation

/// Parses one command's arguments by swift-argument-parser's conventions:
/// `--flag value`, `--flag=value`, repeatable options, boolean flags, `-h`,
/// and `--` ending the options. Any option not on the command line is then
/// read from its `ORGOPS_<FLAG>` variable, and failing that from its default.
///
/// The environment is a value handed in, never read from the process, so a
/// test states exactly which variables are set.
public struct CommandLineParser: Sendable {
    /// The command being parsed.
    public let spec: CommandSpec
    /// The variables `ORGOPS_<FLAG>` are looked up in.
    public let environment: [String: String]

    /// Creates a parser for `spec` reading fallbacks from `environment`.
    public init(spec: CommandSpec, environment: [String: String]) {
        self.spec = spec
        self.environment = environment
    }

    /// Parses `arguments` (the words after the subcommand's name).
    ///
    /// `--help` anywhere before `--` wins over every later mistake, so
    /// `orgops validate --frmat --help` still shows the help.
    public func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        var result = ParsedArguments(spec: spec)
        let end = arguments.firstIndex(of: "--") ?? arguments.endIndex
        if arguments[..<end].contains(where: { $0 == "--help" || $0 == "-h" }) {
            result.helpRequested = true
            return result
        }
        var positionals: [String] = []
        var index = arguments.startIndex
        var optionsEnded = false
        while index < arguments.endIndex {
            let word = arguments[index]
            index += 1
            if optionsEnded || !looksLikeOption(word) {
                positionals.append(word)
                continue
            }
            if word == "--" {
                optionsEnded = true
                continue
            }
            let (option, inlineValue) = try lookUp(word)
            switch option.kind {
            case .flag:
                if let inlineValue { throw UsageError.unexpectedValue(option, value: inlineValue) }
                result.entries[option.name] = .init(values: ["true"], source: .commandLine)
            case .single, .repeatable:
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.endIndex, !looksLikeOption(arguments[index]) {
                    value = arguments[index]
                    index += 1
                } else {
                    throw UsageError.missingValue(option)
                }
                try check(value, of: option, origin: "'--\(option.name)'")
                if option.kind == .single, result.entries[option.name] != nil {
                    throw UsageError.duplicateOption(option)
                }
                result.entries[option.name, default: .init(values: [], source: .commandLine)].values.append(value)
            }
        }
        try assign(positionals, to: &result)
        try fillFromEnvironmentAndDefaults(&result)
        return result
    }

    /// Whether a word is an option rather than a value: `-x`, `--x`, `--`; not `-` (stdin by convention)
    /// and not a negative number.
    private func looksLikeOption(_ word: String) -> Bool {
        guard word.hasPrefix("-"), word.count > 1 else { return false }
        return !(word.dropFirst().first?.isNumber ?? false)
    }

    /// Finds the option a word names, splitting `--name=value`.
    private func lookUp(_ word: String) throws(UsageError) -> (OptionSpec, String?) {
        let candidates = spec.allOptions.map { "--\($0.name)" }
        if word.hasPrefix("--") {
            let body = word.dropFirst(2)
            let name: Substring
            var inline: String?
            if let equals = body.firstIndex(of: "=") {
                name = body[..<equals]
                inline = String(body[body.index(after: equals)...])
            } else {
                name = body
            }
            guard let option = spec.option(named: String(name)) else {
                throw UsageError.unknownOption("--\(name)", candidates: candidates)
            }
            return (option, inline)
        }
        let letters = Array(word.dropFirst())
        guard letters.count == 1, let option = spec.option(short: letters[0]) else {
            throw UsageError.unknownOption(word, candidates: candidates)
        }
        return (option, nil)
    }

    /// Checks a value against the option's choices.
    private func check(_ value: String, of option: OptionSpec, origin: String) throws(UsageError) {
        if !option.choices.isEmpty, !option.choices.contains(value) {
            throw UsageError.invalidChoice(value, origin: origin, choices: option.choices)
        }
    }

    /// Binds positional words to the command's arguments, in order.
    private func assign(_ positionals: [String], to result: inout ParsedArguments) throws(UsageError) {
        if positionals.count > spec.arguments.count {
            throw UsageError.unexpectedArgument(positionals[spec.arguments.count])
        }
        for (argument, value) in zip(spec.arguments, positionals) {
            result.positionals[argument.name] = value
        }
        if let missing = spec.arguments.dropFirst(positionals.count).first(where: { !$0.isOptional }) {
            throw UsageError.missingArgument(missing)
        }
    }

    /// Reads every option not given on the command line from `ORGOPS_<FLAG>`, then from its default.
    private func fillFromEnvironmentAndDefaults(_ result: inout ParsedArguments) throws(UsageError) {
        for option in spec.options where result.entries[option.name] == nil {
            let variable = option.environmentVariable
            if option.readsEnvironment, let raw = environment[variable], !raw.isEmpty {
                let source = ParsedArguments.Source.environment(variable)
                switch option.kind {
                case .flag:
                    if try Self.boolean(raw, variable: variable) {
                        result.entries[option.name] = .init(values: ["true"], source: source)
                    }
                case .single:
                    try check(raw, of: option, origin: variable)
                    result.entries[option.name] = .init(values: [raw], source: source)
                case .repeatable:
                    let values = raw.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
                        .filter { !$0.isEmpty }
                    for value in values { try check(value, of: option, origin: variable) }
                    result.entries[option.name] = .init(values: values, source: source)
                }
            } else if let value = option.defaultValue {
                result.entries[option.name] = .init(values: [value], source: .defaultValue)
            }
        }
    }

    /// Reads a flag's variable: `1`/`true`/`yes`/`on` or `0`/`false`/`no`/`off`, any case.
    static func boolean(_ raw: String, variable: String) throws(UsageError) -> Bool {
        switch raw.lowercased() {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default: throw UsageError.invalidValue(raw, origin: variable, expected: "true or false")
        }
    }
}
