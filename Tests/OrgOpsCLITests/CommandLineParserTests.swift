import Testing
@testable import OrgOpsCLI

/// The parser against a command shaped like `orgops run`, so every kind of option is exercised.
@Suite struct CommandLineParserTests {
    let spec = CommandSpec(
        name: "sample",
        abstract: "A command with one of everything.",
        arguments: [ArgumentSpec(name: "path", help: "A path.")],
        options: [
            .option("repo", value: "dir", help: "The repository", defaultValue: "."),
            .option("format", value: "format", help: "Output", defaultValue: "text", choices: ["text", "json"]),
            .repeatable("org", value: "name", help: "Limit to organizations"),
            .option("interval", value: "duration", help: "Between passes", defaultValue: "1m"),
            .option("max-deletions", value: "n", help: "Refuse bigger plans", defaultValue: "5"),
            .flag("once", help: "One pass"),
        ])

    func parse(_ words: [String], environment: [String: String] = [:]) throws(UsageError) -> ParsedArguments {
        try CommandLineParser(spec: spec, environment: environment).parse(words)
    }

    func failure(_ words: [String], environment: [String: String] = [:]) -> UsageError? {
        do {
            _ = try parse(words, environment: environment)
            return nil
        } catch {
            return error
        }
    }

    @Test func separateAndJoinedValuesAreTheSame() throws {
        let separate = try parse(["--format", "json"])
        let joined = try parse(["--format=json"])
        #expect(separate.string("format") == "json")
        #expect(joined.string("format") == "json")
        #expect(separate.source(of: "format") == .commandLine)
    }

    @Test func joinedValueMayContainEqualsSigns() throws {
        #expect(try parse(["--repo=a=b"]).string("repo") == "a=b")
    }

    @Test func repeatableOptionsKeepOrder() throws {
        let parsed = try parse(["--org", "core", "--org=workloads-a", "--org", "sandbox"])
        #expect(parsed.strings("org") == ["core", "workloads-a", "sandbox"])
    }

    @Test func defaultsApplyWhenNothingIsGiven() throws {
        let parsed = try parse([])
        #expect(parsed.string("repo") == ".")
        #expect(parsed.source(of: "repo") == .defaultValue)
        #expect(parsed.flag("once") == false)
        #expect(parsed.strings("org").isEmpty)
        #expect(try parsed.count("max-deletions") == 5)
        #expect(try parsed.duration("interval") == .seconds(60))
    }

    @Test func flagsAndPositionals() throws {
        let parsed = try parse(["--once", "estate"])
        #expect(parsed.flag("once"))
        #expect(parsed.argument("path") == "estate")
    }

    @Test func doubleDashEndsOptions() throws {
        let parsed = try parse(["--once", "--", "--format"])
        #expect(parsed.argument("path") == "--format")
        #expect(parsed.string("format") == "text")
    }

    @Test func singleDashAndNegativeNumbersAreValues() throws {
        #expect(try parse(["-"]).argument("path") == "-")
        #expect(try parse(["--repo", "-1"]).string("repo") == "-1")
    }

    @Test func helpWinsOverLaterMistakes() throws {
        #expect(try parse(["--frmat", "x", "-h"]).helpRequested)
        #expect(try parse(["--help"]).helpRequested)
        #expect(try parse(["--", "--help"]).argument("path") == "--help")
    }

    @Test func environmentFillsWhatTheCommandLineLeavesOut() throws {
        let environment = ["ORGOPS_FORMAT": "json", "ORGOPS_MAX_DELETIONS": "9", "ORGOPS_ORG": "core, sandbox",
                           "ORGOPS_ONCE": "true", "ORGOPS_REPO": "/srv/estate"]
        let parsed = try parse(["--repo", "here"], environment: environment)
        #expect(parsed.string("format") == "json")
        #expect(parsed.source(of: "format") == .environment("ORGOPS_FORMAT"))
        #expect(try parsed.count("max-deletions") == 9)
        #expect(parsed.strings("org") == ["core", "sandbox"])
        #expect(parsed.flag("once"))
        #expect(parsed.string("repo") == "here")
    }

    @Test func falseInTheEnvironmentLeavesAFlagOff() throws {
        #expect(try parse([], environment: ["ORGOPS_ONCE": "0"]).flag("once") == false)
        #expect(failure([], environment: ["ORGOPS_ONCE": "maybe"])?.message
            == "invalid value 'maybe' for ORGOPS_ONCE; expected true or false")
    }

    @Test func unknownOptionSuggestsTheNearestOne() {
        #expect(failure(["--frmat", "json"]) == UsageError(
            code: "unknown-option", message: "unknown option '--frmat'; did you mean '--format'?"))
        #expect(failure(["--zzz"])?.message == "unknown option '--zzz'")
        #expect(failure(["-x"])?.code == "unknown-option")
    }

    @Test func malformedLinesAreRefusedWithTheirOwnCodes() {
        #expect(failure(["--format"])?.message == "missing value for '--format <format>'")
        #expect(failure(["--repo", "--once"])?.code == "missing-value")
        #expect(failure(["--once=yes"])?.message
            == "'--once' is a flag and takes no value, but was given 'yes'")
        #expect(failure(["--format", "json", "--format", "text"])?.code == "duplicate-option")
        #expect(failure(["a", "b"])?.message == "unexpected argument 'b'")
        #expect(failure(["--format", "yaml"])?.message
            == "invalid value 'yaml' for '--format'; expected one of: text, json")
        #expect(failure([], environment: ["ORGOPS_FORMAT": "yaml"])?.message
            == "invalid value 'yaml' for ORGOPS_FORMAT; expected one of: text, json")
    }

    @Test func typedAccessorsNameWhereABadValueCameFrom() throws {
        let fromFlag = try parse(["--interval", "soon"])
        #expect(throws: UsageError.invalidValue("soon", origin: "'--interval'", expected: DurationParser.expected)) {
            try fromFlag.duration("interval")
        }
        let fromEnvironment = try parse([], environment: ["ORGOPS_MAX_DELETIONS": "-3"])
        #expect(throws: UsageError.invalidValue("-3", origin: "ORGOPS_MAX_DELETIONS",
                                                expected: "a whole number, 0 or more")) {
            try fromEnvironment.count("max-deletions")
        }
    }

    @Test func requiredArgumentsMustBeGiven() {
        let strict = CommandSpec(name: "one", abstract: "Needs one.", arguments: [ArgumentSpec(name: "file", help: "A file.", isOptional: false)])
        #expect(throws: UsageError(code: "missing-argument", message: "missing argument '<file>'")) {
            try CommandLineParser(spec: strict, environment: [:]).parse([])
        }
    }

    @Test func environmentVariableNames() {
        #expect(OptionSpec.option("max-deletions", value: "n", help: "x").environmentVariable == "ORGOPS_MAX_DELETIONS")
        #expect(OptionSpec.help.readsEnvironment == false)
    }
}
