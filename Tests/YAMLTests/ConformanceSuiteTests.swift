import Foundation
import Testing
import YAML

@Suite struct ConformanceSuiteTests {
    /// The YAML test suite data in this target's fixtures.
    static let suiteDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("Fixtures/yaml-test-suite").path

    static func runSuite() -> YAMLConformance.Summary {
        let cases = YAMLConformance.discoverCases(
            root: suiteDirectory,
            listDirectory: { path in
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
                return try? FileManager.default.contentsOfDirectory(atPath: path)
            },
            readFile: { path in FileManager.default.contents(atPath: path).map { [UInt8]($0) } })
        return YAMLConformance.run(cases)
    }

    @Test func suiteMeetsTheConformanceThresholds() throws {
        let summary = Self.runSuite()
        let valid = summary.counts(.validWithJSON)
        let errors = summary.counts(.error)
        let other = summary.counts(.other)
        #expect(valid.total > 150 && errors.total > 50, "fixtures missing: \(valid.total) / \(errors.total)")
        #expect(Double(valid.passed) >= 0.95 * Double(valid.total), "valid-with-json \(valid.passed)/\(valid.total)")
        #expect(Double(errors.passed) >= 0.90 * Double(errors.total), "error \(errors.passed)/\(errors.total)")
        #expect(other.passed == other.total, "other \(other.passed)/\(other.total)")
        let last = try #require(summary.reportLines.last)
        #expect(last == "\(summary.passed) passed, \(summary.failed) failed")
    }

    @Test func runnerJudgesEachCategory() {
        let cases = [
            YAMLConformance.Case(id: "ok", yaml: Array("a: [1, true, null, x]\n---\n".utf8), json: Array(#"{"a": [1, true, null, "x"]} null"#.utf8), expectsError: false),
            YAMLConformance.Case(id: "differs", yaml: Array("a: '1'\n".utf8), json: Array(#"{"a": 1}"#.utf8), expectsError: false),
            YAMLConformance.Case(id: "bad", yaml: Array("a: b: c\n".utf8), json: nil, expectsError: true),
            YAMLConformance.Case(id: "accepted", yaml: Array("a: 1\n".utf8), json: nil, expectsError: true),
            YAMLConformance.Case(id: "other", yaml: Array("? [a]\n: b\n".utf8), json: nil, expectsError: false),
        ]
        let summary = YAMLConformance.run(cases)
        #expect(summary.outcomes.map(\.passed) == [true, false, true, false, true])
        #expect(summary.reportLines.first?.hasPrefix("differs: value differs") == true)
        #expect(summary.reportLines.last == "3 passed, 2 failed")
    }
}
