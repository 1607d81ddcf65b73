import OperatorSupport
import Testing
@testable import OrgModel

/// The load-time budget: 3 organizations, 10,000 accounts, 500 OUs, 200 policies, 100 permission
/// sets and 20,000 assignments load and validate well under a second in a release build. The debug
/// bound here is loose; the release figure is measured with `swift test -c release`.
@Suite struct LoadPerformanceTests {
    @Test func largeRepositoryLoadsCleanlyAndQuickly() throws {
        let files = LargeRepositoryGenerator().generate()
        let clock = ContinuousClock()
        var result: LoadResult?
        let elapsed = clock.measure { result = ManifestLoader.load(files: files) }
        let loaded = try #require(result)
        #expect(loaded.diagnostics.isEmpty, "\(DiagnosticRenderer.text(Array(loaded.diagnostics.prefix(5)), sources: loaded.sources))")
        let desired = try #require(loaded.desired)
        #expect(desired.organizations.values.map(\.accounts.count).reduce(0, +) == 9_999)
        #expect(desired.organizations.values.map(\.assignments.count).reduce(0, +) == 20_000)
        #expect(desired.organizations.values.map(\.permissionSets.count).reduce(0, +) == 300)
        #expect(desired.organizations.values.map(\.policies.count).reduce(0, +) == 200)
        print("orgops load of the large repository took \(elapsed)")
        #expect(elapsed < .seconds(20))
    }
}
