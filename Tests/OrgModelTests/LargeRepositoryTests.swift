import Testing
import OperatorSupport
@testable import OrgModel

/// A large generated repository (3 organizations, 1,000 accounts, 500 OUs, 30 policies, 12 permission sets
/// replicated into every organization, 2,000 assignments) loads cleanly and completely.
///
/// Correctness at scale only: the speed target (the full 10,000-account estate under a second in a
/// release build) is measured by `make bench` (bench/validate), never asserted in a test.
@Suite struct LargeRepositoryTests {
    @Test func largeRepositoryLoadsCleanly() throws {
        var generator = LargeRepositoryGenerator()
        generator.accounts = 1_000
        generator.policies = 30
        generator.permissionSets = 12
        generator.assignments = 2_000
        let loaded = ManifestLoader.load(files: generator.generate())
        #expect(loaded.diagnostics.isEmpty, "\(DiagnosticRenderer.text(Array(loaded.diagnostics.prefix(5)), sources: loaded.sources))")
        let desired = try #require(loaded.desired)
        #expect(desired.organizations.count == 3)
        #expect(desired.organizations.values.map(\.accounts.count).reduce(0, +) == 999)
        #expect(desired.organizations.values.map(\.assignments.count).reduce(0, +) == 2_000)
        #expect(desired.organizations.values.map(\.permissionSets.count).reduce(0, +) == 36)
        #expect(desired.organizations.values.map(\.policies.count).reduce(0, +) == 30)
    }
}
