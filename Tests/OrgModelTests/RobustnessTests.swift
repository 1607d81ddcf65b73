import Foundation
import OperatorSupport
import Testing
@testable import OrgModel

/// Damaged input must produce diagnostics, never a crash: every manifest of the valid example is
/// cut at many points and loaded again with the rest of the repository.
@Suite struct RobustnessTests {
    static func validTexts() throws -> [String: String] {
        let reader = LocalDirectoryFiles(root: FixturePaths.directory("valid"))
        var texts: [String: String] = [:]
        for entry in try reader.listEntries() {
            texts[entry.path] = String(decoding: try reader.readFile(entry.path), as: UTF8.self)
        }
        return texts
    }

    @Test func truncatedManifestsNeverCrash() throws {
        let texts = try Self.validTexts()
        var loads = 0
        for path in texts.keys.sorted() where path.hasSuffix(".yaml") && !path.hasPrefix(".") {
            guard let text = texts[path] else { continue }
            let scalars = Array(text.unicodeScalars)
            for cut in stride(from: 0, to: scalars.count, by: 23) {
                var damaged = texts
                var prefix = ""
                prefix.unicodeScalars.append(contentsOf: scalars[0..<cut])
                damaged[path] = prefix
                let result = ManifestLoader.load(files: InMemoryRepositoryFiles(texts: damaged))
                #expect(result.desired != nil || result.diagnostics.hasErrors)
                _ = DiagnosticRenderer.text(result.diagnostics, sources: result.sources)
                loads += 1
            }
        }
        #expect(loads > 50)
    }

    @Test func swappedScalarTypesNeverCrash() throws {
        let texts = try Self.validTexts()
        let replacements = [("true", "[x]"), ("PT8H", "{a: b}"), ("/Workloads", "- x"), ("\"111111111111\"", "~"), (": ", ": !!null ")]
        for (from, to) in replacements {
            var damaged = texts
            for (path, text) in texts where path.hasSuffix(".yaml") {
                damaged[path] = text.replacingOccurrences(of: from, with: to)
            }
            let result = ManifestLoader.load(files: InMemoryRepositoryFiles(texts: damaged))
            #expect(result.diagnostics.hasErrors, "replacing \(from) with \(to) went unnoticed")
        }
    }
}
