import Foundation

/// The `--out` directory of `orgops import`: refuses to mix imported manifests into existing files.
struct ImportFiles: Sendable {
    /// The directory's path.
    let root: String

    /// Checks that the directory is absent or empty (hidden entries such as `.git` aside).
    /// - Throws: `CommandError` `import-out-not-empty`, naming the directory.
    func checkEmpty() throws {
        let manager = FileManager.default
        guard manager.fileExists(atPath: root) else { return }
        let entries = (try? manager.contentsOfDirectory(atPath: root)) ?? []
        if entries.contains(where: { !$0.hasPrefix(".") }) {
            throw CommandError(code: "import-out-not-empty",
                               message: "'\(root)' is not empty; import into an empty directory so no manifest is overwritten")
        }
    }

    /// Writes `files` (relative path → text), creating directories.
    /// - Throws: `CommandError` `import-write-failed`, naming the file.
    func write(_ files: [String: String]) throws {
        let manager = FileManager.default
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let full = root + "/" + path
            do {
                try manager.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                            withIntermediateDirectories: true)
                try text.write(toFile: full, atomically: true, encoding: .utf8)
            } catch {
                throw CommandError(code: "import-write-failed", message: "cannot write '\(full)': \(error.localizedDescription)")
            }
        }
    }
}
