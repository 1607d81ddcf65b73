import Foundation
import OperatorSupport
import Testing
@testable import OrgModel

/// Runs every case of `Fixtures/invalid/` and compares the rendered diagnostics with its `expected.txt`.
///
/// `RECORD_SNAPSHOTS=1 swift test --filter InvalidCorpusTests` rewrites the snapshots and fails, so
/// that changed output is always looked at before it is committed.
@Suite struct InvalidCorpusTests {
    static let root = FixturePaths.directory("invalid")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func corpusHasAtLeastFortyCases() {
        #expect(Self.cases.count >= 40)
    }

    @Test(arguments: cases)
    func rendersExpectedDiagnostics(_ name: String) throws {
        let directory = Self.root + "/" + name
        let result = ManifestLoader.load(files: LocalDirectoryFiles(root: directory))
        let rendered = DiagnosticRenderer.text(result.diagnostics, sources: result.sources)
        let snapshot = directory + "/expected.txt"
        #expect(!result.diagnostics.isEmpty, "case \(name) produced no diagnostics")
        #expect(result.diagnostics.hasErrors == (result.desired == nil))
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try rendered.write(toFile: snapshot, atomically: true, encoding: .utf8)
            Issue.record("recorded \(snapshot); review it and run again without RECORD_SNAPSHOTS")
            return
        }
        let expected = try String(contentsOfFile: snapshot, encoding: .utf8)
        #expect(rendered == expected, "case \(name) rendered:\n\(rendered)")
    }
}
