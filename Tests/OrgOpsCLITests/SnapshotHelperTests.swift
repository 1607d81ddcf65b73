import Foundation
import Testing
import TestSupport

/// The snapshot helper itself: where baselines go, and that recording always fails on purpose.
@Suite struct SnapshotHelperTests {
    /// A throwaway package tree with one fake test file in it.
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("orgops-snapshot-\(UUID().uuidString)").path

    var fakeTestFile: String { root + "/Tests/FakeTests/FakeSuite.swift" }

    func baseline(_ name: String) -> String {
        root + "/Tests/FakeTests/Fixtures/Snapshots/FakeSuite/\(name).txt"
    }

    @Test func missingBaselineIsRecordedAndFails() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        withKnownIssue("a recording run fails on purpose") {
            assertSnapshot("hello\n", named: "greeting", record: false, file: fakeTestFile)
        }
        #expect(try String(contentsOfFile: baseline("greeting"), encoding: .utf8) == "hello\n")
    }

    @Test func matchingBaselinePasses() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        withKnownIssue { assertSnapshot("same\n", named: "same", record: false, file: fakeTestFile) }
        assertSnapshot("same\n", named: "same", record: false, file: fakeTestFile)
    }

    @Test func differentTextFailsAndKeepsTheBaseline() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        withKnownIssue { assertSnapshot("old\n", named: "changed", record: false, file: fakeTestFile) }
        withKnownIssue("the text changed") {
            assertSnapshot("new\n", named: "changed", record: false, file: fakeTestFile)
        }
        #expect(try String(contentsOfFile: baseline("changed"), encoding: .utf8) == "old\n")
    }

    @Test func recordingOverwritesAndStillFails() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        withKnownIssue { assertSnapshot("v1\n", named: "rerecord", record: false, file: fakeTestFile) }
        withKnownIssue("re-recording fails on purpose") {
            assertSnapshot("v2\n", named: "rerecord", record: true, file: fakeTestFile)
        }
        #expect(try String(contentsOfFile: baseline("rerecord"), encoding: .utf8) == "v2\n")
    }

    @Test func explicitSuiteNamesTheFolder() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        withKnownIssue { assertSnapshot("x\n", named: "n", suite: "Other", record: false, file: fakeTestFile) }
        #expect(FileManager.default.fileExists(atPath: root + "/Tests/FakeTests/Fixtures/Snapshots/Other/n.txt"))
    }

    @Test func aFileOutsideTestsIsRefused() {
        withKnownIssue("no Tests/<Target>/ in the path") {
            assertSnapshot("x", named: "n", record: false, file: "/tmp/elsewhere/File.swift")
        }
    }
}
