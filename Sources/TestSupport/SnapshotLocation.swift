import Foundation

/// Where one snapshot's baseline lives, derived from the test file's path.
struct SnapshotLocation: Sendable {
    /// Why a snapshot path could not be derived.
    struct PathError: Error, CustomStringConvertible {
        let code = "snapshot-path"
        let message: String
        var description: String { message }
    }

    /// The absolute path of the baseline file.
    let path: String
    /// The path from the package root, for messages.
    let relativePath: String

    /// Finds `Tests/<Target>/Fixtures/Snapshots/<Suite>/<name>.txt` for a test file under `Tests/<Target>/`.
    init(testFile: String, suite: String?, name: String) throws {
        var components = testFile.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard let testsIndex = components.lastIndex(of: "Tests"), testsIndex + 2 < components.count else {
            throw PathError(message: "test file '\(testFile)' is not under Tests/<Target>/")
        }
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
            throw PathError(message: "snapshot name '\(name)' must be a plain file name")
        }
        let fileName = components[components.count - 1]
        let suiteName = suite ?? String(fileName.split(separator: ".").first ?? Substring(fileName))
        let target = components[testsIndex + 1]
        components = Array(components[...testsIndex]) + [target, "Fixtures", "Snapshots", suiteName, name + ".txt"]
        path = components.joined(separator: "/")
        relativePath = ["Tests", target, "Fixtures", "Snapshots", suiteName, name + ".txt"].joined(separator: "/")
    }

    /// Writes the baseline, creating its folder.
    func write(_ text: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
