import Foundation
import Testing

/// Compares text a person reads (help, diagnostics, plans) with a reviewed
/// baseline kept in the source tree.
///
/// The baseline of a test file `Tests/<Target>/<Suite>.swift` lives at
/// `Tests/<Target>/Fixtures/Snapshots/<Suite>/<name>.txt`. With
/// `RECORD_SNAPSHOTS=1` in the environment (or `record: true`) the file is
/// written and the test fails on purpose, so a new or changed baseline is
/// always looked at in a diff before it is committed; a missing baseline is
/// recorded the same way.
///
/// - Parameters:
///   - text: what the code under test produced.
///   - name: the baseline's name, unique in its suite (`validate-help`).
///   - suite: the folder under `Snapshots/`; defaults to the test file's name.
///   - record: whether to write the baseline instead of comparing.
///   - file: the test's own path, from which the fixture folder is found.
///   - sourceLocation: where a failure is reported.
public func assertSnapshot(
    _ text: String,
    named name: String,
    suite: String? = nil,
    record: Bool = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1",
    file: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let location: SnapshotLocation
    do {
        location = try SnapshotLocation(testFile: file, suite: suite, name: name)
    } catch {
        Issue.record("\(error)", sourceLocation: sourceLocation)
        return
    }
    let existing = try? String(contentsOfFile: location.path, encoding: .utf8)
    if record || existing == nil {
        do {
            try location.write(text)
        } catch {
            Issue.record("cannot write snapshot '\(location.path)': \(error)", sourceLocation: sourceLocation)
            return
        }
        let why = existing == nil ? "no snapshot existed" : "RECORD_SNAPSHOTS is set"
        Issue.record("recorded snapshot '\(location.relativePath)' (\(why)); review it and run again without recording",
                     sourceLocation: sourceLocation)
        return
    }
    if let existing, existing != text {
        Issue.record(
            """
            snapshot '\(location.relativePath)' differs; re-record with RECORD_SNAPSHOTS=1 if the change is intended
            \(SnapshotDiff.describe(expected: existing, actual: text))
            """,
            sourceLocation: sourceLocation)
    }
}
