import Testing
import TestSupport
@testable import OrgOpsCLI

/// `orgops validate` on real directories: the example estates, and fixture repositories whose
/// text and JSON reports are pinned by snapshots.
@Suite struct ValidateCommandTests {
    static let repositories = SourceTree.path("Tests/OrgOpsCLITests/Fixtures/Repositories")

    @Test(arguments: ["starter", "eight-ou", "multi-org"])
    func everyExampleIsValid(example: String) async {
        let run = await CLIRun.run(["validate", SourceTree.path("Examples/\(example)")])
        #expect(run.status == 0, "Examples/\(example):\n\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func validRepositoryText() async {
        let run = await CLIRun.run(["validate", "\(Self.repositories)/valid"])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        assertSnapshot(run.stderr, named: "valid-text")
    }

    @Test func validRepositoryJSON() async {
        let run = await CLIRun.run(["validate", "--format", "json", "\(Self.repositories)/valid"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        assertSnapshot(run.stdout, named: "valid-json")
    }

    @Test func invalidRepositoryText() async {
        let run = await CLIRun.run(["validate", "\(Self.repositories)/invalid"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        assertSnapshot(run.stderr, named: "invalid-text")
    }

    @Test func invalidRepositoryJSON() async {
        let run = await CLIRun.run(["validate", "--format=json", "--repo", "\(Self.repositories)/invalid"])
        #expect(run.status == 1)
        #expect(run.stderr.isEmpty)
        assertSnapshot(run.stdout, named: "invalid-json")
    }

    @Test func warningsPassUnlessStrict() async {
        let path = "\(Self.repositories)/warning-only"
        let lenient = await CLIRun.run(["validate", path])
        let strict = await CLIRun.run(["validate", "--strict", path])
        let strictFromEnvironment = await CLIRun.run(["validate", path], environment: ["ORGOPS_STRICT": "1"])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("warning:"))
        #expect(strict.status == 1)
        #expect(strictFromEnvironment.status == 1)
    }

    @Test func repositoryAndFormatFromTheEnvironment() async {
        let environment = ["ORGOPS_REPO": "\(Self.repositories)/invalid", "ORGOPS_FORMAT": "json"]
        let fromEnvironment = await CLIRun.run(["validate"], environment: environment)
        #expect(fromEnvironment.status == 1)
        #expect(fromEnvironment.stdout.hasPrefix("{\"diagnostics\":["))
        let pathWins = await CLIRun.run(["validate", "\(Self.repositories)/valid"], environment: environment)
        #expect(pathWins.status == 0)
    }

    @Test func pathAndRepoMustAgree() async {
        let same = await CLIRun.run(["validate", "--repo", "\(Self.repositories)/valid", "\(Self.repositories)/valid"])
        #expect(same.status == 0)
        let different = await CLIRun.run(["validate", "--repo", "a", "b"])
        #expect(different.status == 1)
        #expect(different.stderr.hasPrefix(
            "Error: the repository was given twice, as 'b' and as '--repo a'; give one\nUsage: orgops validate "))
    }

    @Test func missingRepositoryIsAnError() async {
        let run = await CLIRun.run(["validate", "\(Self.repositories)/does-not-exist"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("does-not-exist"))
    }
}
