import Testing
@testable import OrgOpsCLI

/// Layout rules of the generated help that the snapshots only show by example.
@Suite struct HelpFormatterTests {
    let formatter = HelpFormatter()

    @Test func wrapKeepsWordsWhole() {
        #expect(formatter.wrap("aa bb cc dd", width: 5) == ["aa bb", "cc dd"])
        #expect(formatter.wrap("averyveryverylongword x", width: 5) == ["averyveryverylongword", "x"])
        #expect(formatter.wrap("", width: 10).isEmpty)
    }

    @Test func noBreakSpacesHoldAnnotationsTogether() {
        #expect(formatter.wrap("a (env:\u{A0}ORGOPS_REPO)", width: 8) == ["a", "(env: ORGOPS_REPO)"])
    }

    @Test func aLongLabelPutsItsTextOnTheNextLine() {
        let row = formatter.row("--a-very-long-option-name <value>", "Says what it does.")
        #expect(row == "  --a-very-long-option-name <value>\n" + String(repeating: " ", count: 26) + "Says what it does.")
    }

    @Test func usageListsOptionsThenArguments() {
        let spec = CommandSpec(
            name: "sample", abstract: "x",
            arguments: [ArgumentSpec(name: "path", help: "p"), ArgumentSpec(name: "file", help: "f", isOptional: false)],
            options: [.repeatable("org", value: "name", help: "o"), .flag("once", help: "1")])
        #expect(formatter.usage(for: spec) == "orgops sample [--org <name> ...] [--once] [<path>] <file>")
    }

    @Test func repeatableAndChoicesAreSpelledOut() {
        let spec = CommandSpec(name: "sample", abstract: "x", options: [
            .repeatable("org", value: "name", help: "Limit to organizations"),
            .option("format", value: "format", help: "Output", defaultValue: "text", choices: ["text", "json"]),
        ])
        let help = formatter.help(for: spec)
        #expect(help.contains("  --org <name>            Limit to organizations. Repeatable. (env: ORGOPS_ORG)\n"))
        #expect(help.contains("One of: text, json. (default: text)"))
    }
}
