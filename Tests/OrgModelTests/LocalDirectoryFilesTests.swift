import Foundation
import OperatorSupport
import Testing
@testable import OrgModel

/// The real directory reader against a temporary tree with symbolic links and dot-directories.
@Suite struct LocalDirectoryFilesTests {
    @Test func listsWithoutFollowingLinksAndSkipsDotDirectories() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("orgops-ldf-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let manager = FileManager.default
        try manager.createDirectory(atPath: root + "/a/.hidden", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: root + "/.git", withIntermediateDirectories: true)
        try "x: 1\n".write(toFile: root + "/a/one.yaml", atomically: true, encoding: .utf8)
        try "x: 2\n".write(toFile: root + "/a/.hidden/two.yaml", atomically: true, encoding: .utf8)
        try "x: 3\n".write(toFile: root + "/.git/config.yaml", atomically: true, encoding: .utf8)
        try manager.createSymbolicLink(atPath: root + "/out.yaml", withDestinationPath: "/etc/hostname")
        try manager.createSymbolicLink(atPath: root + "/in.yaml", withDestinationPath: "a/one.yaml")
        let reader = LocalDirectoryFiles(root: root)
        let entries = try reader.listEntries()
        #expect(entries == [
            FileEntry(path: "a/one.yaml", kind: .regular),
            FileEntry(path: "in.yaml", kind: .symlink(target: "a/one.yaml")),
            FileEntry(path: "out.yaml", kind: .symlink(target: "/etc/hostname")),
        ])
        #expect(try reader.readFile("a/one.yaml") == Array("x: 1\n".utf8))
        #expect(throws: FileSystemError.self) { try reader.readFile("../etc/hostname") }
        #expect(throws: FileSystemError.self) { try reader.readFile("out.yaml") }
        let result = ManifestLoader.load(files: reader)
        #expect(result.diagnostics.map(\.code) == ["symlink-escape"])
        #expect(result.sources.keys.sorted() == ["a/one.yaml", "in.yaml"])
    }
}
