import Foundation

/// Generates usage lines and `--help` text from command descriptions, in
/// swift-argument-parser's layout (OVERVIEW, USAGE, ARGUMENTS, OPTIONS …), so
/// people who know Swift tools read it without surprise.
public struct HelpFormatter: Sendable {
    /// The binary's name as shown in usage lines.
    public var toolName: String
    /// Where descriptions start, counted from the left edge.
    public var labelWidth = 26
    /// The width text is wrapped to.
    public var lineWidth = 80

    /// Creates a formatter for `toolName`.
    public init(toolName: String = "orgops") {
        self.toolName = toolName
    }

    /// The one-line synopsis: `orgops validate [<path>] [--repo <dir>] …`.
    public func usage(for spec: CommandSpec) -> String {
        var parts = ["\(toolName) \(spec.name)"]
        for option in spec.options {
            parts.append(option.kind == .repeatable ? "[\(option.synopsis) ...]" : "[\(option.synopsis)]")
        }
        for argument in spec.arguments {
            parts.append(argument.isOptional ? "[<\(argument.name)>]" : "<\(argument.name)>")
        }
        return parts.joined(separator: " ")
    }

    /// The full help of one command.
    public func help(for spec: CommandSpec) -> String {
        var sections = [overview(spec.abstract)]
        if let discussion = spec.discussion {
            sections.append(discussion)
        }
        sections.append("USAGE: \(usage(for: spec))")
        if !spec.arguments.isEmpty {
            sections.append("ARGUMENTS:\n" + spec.arguments.map { row("<\($0.name)>", $0.help) }.joined(separator: "\n"))
        }
        sections.append("OPTIONS:\n" + spec.allOptions.map(optionRow).joined(separator: "\n"))
        if !spec.exitCodes.isEmpty {
            sections.append("EXIT CODES:\n" + spec.exitCodes.map { row(String($0.code), $0.meaning) }
                .joined(separator: "\n"))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// The help of the tool itself: what it is, its global options and its subcommands.
    public func rootHelp(abstract: String, options: [OptionSpec], commands: [CommandSpec]) -> String {
        let sections = [
            overview(abstract),
            "USAGE: \(toolName) <subcommand>",
            "OPTIONS:\n" + options.map(optionRow).joined(separator: "\n"),
            "SUBCOMMANDS:\n" + commands.map { row($0.name, $0.abstract) }.joined(separator: "\n"),
            "  See '\(toolName) help <subcommand>' for detailed help.",
        ]
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// The usage line of the tool itself.
    public var rootUsage: String {
        "\(toolName) <subcommand>"
    }

    /// The OVERVIEW paragraph, wrapped to the line width.
    private func overview(_ abstract: String) -> String {
        wrap("OVERVIEW: " + abstract, width: lineWidth).joined(separator: "\n")
    }

    /// One option's row: its spelling, its help, its default and its variable.
    private func optionRow(_ option: OptionSpec) -> String {
        let label = option.short.map { "-\($0), \(option.synopsis)" } ?? option.synopsis
        var text = option.help + "."
        if !option.choices.isEmpty {
            text += " One of: \(option.choices.joined(separator: ", "))."
        }
        if option.kind == .repeatable {
            text += " Repeatable."
        }
        if let value = option.defaultValue {
            text += " (default:\u{A0}\(value))"
        }
        if option.readsEnvironment {
            text += " (env:\u{A0}\(option.environmentVariable))"
        }
        return row(label, text)
    }

    /// A two-column row: the label indented by two, the text wrapped beside it (or below a long label).
    func row(_ label: String, _ text: String) -> String {
        let indent = String(repeating: " ", count: labelWidth)
        let lines = wrap(text, width: lineWidth - labelWidth)
        let head = "  " + label
        var output: [String] = []
        if head.count + 1 < labelWidth {
            output.append(head.padding(toLength: labelWidth) + (lines.first ?? ""))
            output += lines.dropFirst().map { indent + $0 }
        } else {
            output.append(head)
            output += lines.map { indent + $0 }
        }
        return output.joined(separator: "\n")
    }

    /// Greedy word wrap; a word longer than the width gets a line of its own. A no-break space
    /// keeps `(env: ORGOPS_REPO)` on one line and becomes an ordinary space in the output.
    func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.map { $0.replacingOccurrences(of: "\u{A0}", with: " ") }
    }
}

extension String {
    /// The string padded with spaces on the right to `length` characters (never truncated).
    fileprivate func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
