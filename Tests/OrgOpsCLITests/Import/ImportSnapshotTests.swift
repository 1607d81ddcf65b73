import Foundation
@testable import OrgOpsCLI
import Testing
import TestSupport

/// Every file import writes for the small estate of `ImportFixture`, and its notices, as one reviewed
/// snapshot; the same files pass `orgops validate`, so the snapshot is of manifests the loader accepts.
@Suite struct ImportSnapshotTests {
    @Test func theImportedFilesOfASmallEstate() throws {
        let output = ImportFixture.render()
        var text = ""
        for path in output.files.keys.sorted() {
            text += "==> \(path) <==\n" + (output.files[path] ?? "")
        }
        text += "==> notices <==\n" + output.notices.map { $0 + "\n" }.joined()
        assertSnapshot(text, named: "small-estate")
    }

    @Test func theImportedFilesValidate() async throws {
        for fold in [false, true] {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("orgops-import-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: root) }
            try ImportFiles(root: root).write(ImportFixture.render(fold: fold).files)
            let out = OutputBuffer()
            let err = OutputBuffer()
            let status = await Application.run(arguments: ["validate", "--repo", root], environment: [:], stdout: out,
                                               stderr: err, registry: CommandRegistry(abstract: "t", commands: [ValidateCommand()]))
            #expect(status == 0, "fold \(fold): \(out.text)\n\(err.text)")
        }
    }
}
