import Testing
@testable import OrgOpsCLI

/// The command line end to end, in-process: dispatch, exit codes and which stream gets what.
@Suite struct ApplicationTests {
    @Test func versionPrintsTheOneVersion() async {
        let run = await CLIRun.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout == "orgops \(OrgOpsVersion.current)\n")
        #expect(run.stderr.isEmpty)
    }

    @Test func noArgumentsAndHelpFlagsShowTheRootHelp() async {
        let bare = await CLIRun.run([])
        let long = await CLIRun.run(["--help"])
        let short = await CLIRun.run(["-h"])
        let word = await CLIRun.run(["help"])
        #expect(bare.status == 0)
        #expect(bare.stdout.hasPrefix("OVERVIEW: "))
        #expect(long.stdout == bare.stdout)
        #expect(short.stdout == bare.stdout)
        #expect(word.stdout == bare.stdout)
    }

    @Test func helpCommandAndHelpFlagAgree() async {
        for name in CommandRegistry.standard.names {
            let viaCommand = await CLIRun.run(["help", name])
            let viaFlag = await CLIRun.run([name, "--help"])
            #expect(viaCommand.status == 0)
            #expect(viaFlag.status == 0)
            #expect(viaCommand.stdout == viaFlag.stdout, "help for '\(name)'")
            #expect(viaCommand.stdout.contains("USAGE: orgops \(name)"))
        }
    }

    @Test func unknownCommandSuggestsAndExitsOne() async {
        let run = await CLIRun.run(["shcema"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == """
            Error: unknown command 'shcema'; did you mean 'schema'?
            Usage: orgops <subcommand>
            See 'orgops --help'.

            """)
    }

    @Test func unknownRootOptionIsAUsageError() async {
        let run = await CLIRun.run(["--verison"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("Error: unknown option '--verison'; did you mean '--version'?\n"))
    }

    @Test func helpForAnUnknownCommandFails() async {
        let run = await CLIRun.run(["help", "deploy"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("Error: unknown command 'deploy'\nUsage: orgops help [<command>]\n"))
    }

    @Test func schemaIsOneJSONDocumentOnStdout() async throws {
        let run = await CLIRun.run(["schema"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.hasPrefix("{"))
        #expect(run.stdout.hasSuffix("}\n"))
        #expect(run.stdout.contains("\"$schema\""))
    }

    @Test func schemaTakesNoArguments() async {
        let run = await CLIRun.run(["schema", "extra"])
        #expect(run.status == 1)
        #expect(run.stderr == """
            Error: unexpected argument 'extra'
            Usage: orgops schema
            See 'orgops schema --help'.

            """)
    }
}

/// Dispatch details that concern every command.
@Suite struct ApplicationDispatchTests {
    @Test func doubleDashLetsAPathLookLikeAnOption() async {
        let run = await CLIRun.run(["validate", "--", "--not-a-flag"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("'--not-a-flag'"))
        #expect(!run.stderr.contains("unknown option"))
    }

    @Test func helpInTheEnvironmentIsIgnored() async {
        let run = await CLIRun.run(["schema"], environment: ["ORGOPS_HELP": "1"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("{"))
    }

    @Test func aBadEnvironmentValueNamesTheVariable() async {
        let run = await CLIRun.run(["validate", "."], environment: ["ORGOPS_FORMAT": "yaml"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("Error: invalid value 'yaml' for ORGOPS_FORMAT; expected one of: text, json\n"))
    }
}
