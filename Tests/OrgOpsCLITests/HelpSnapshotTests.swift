import Testing
import TestSupport
import OrgOpsCLI

/// Everything `--help` prints is pinned by a reviewed snapshot.
@Suite struct HelpSnapshotTests {
    @Test func rootHelp() async {
        let run = await CLIRun.run(["--help"])
        assertSnapshot(run.stdout, named: "root-help")
    }

    @Test(arguments: CommandRegistry.standard.names)
    func commandHelp(name: String) async {
        let run = await CLIRun.run([name, "--help"])
        #expect(run.status == 0)
        assertSnapshot(run.stdout, named: "\(name)-help")
    }

    @Test func usageErrorOfAMistypedOption() async {
        let run = await CLIRun.run(["validate", "--frmat", "json"])
        #expect(run.status == 1)
        assertSnapshot(run.stderr, named: "usage-error-unknown-option")
    }
}
