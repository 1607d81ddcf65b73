// yaml-conformance DIR: runs every case of a YAML-test-suite-style directory and reports
// one line per failing case, the per-category counts, then `N passed, M failed`.
import Foundation
import YAML

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: yaml-conformance DIR\n".utf8))
    exit(2)
}
let root = arguments[1]
var isDirectory: ObjCBool = false
guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
    FileHandle.standardError.write(Data("yaml-conformance: '\(root)' is not a directory\n".utf8))
    exit(2)
}
let cases = YAMLConformance.discoverCases(
    root: root,
    listDirectory: { path in
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else { return nil }
        return try? FileManager.default.contentsOfDirectory(atPath: path)
    },
    readFile: { path in FileManager.default.contents(atPath: path).map { [UInt8]($0) } })
let summary = YAMLConformance.run(cases)
for line in summary.reportLines { print(line) }
exit(summary.failed == 0 ? 0 : 1)
