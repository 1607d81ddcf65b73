import Foundation
import OperatorSupport

extension GitRepository {
    /// One entry of `git ls-tree -r -z`.
    struct TreeEntry: Sendable, Hashable {
        var mode: String
        var type: String
        var object: String
        var path: String
    }

    func performFiles(at revision: Revision, under directory: String) async throws(GitError) -> RevisionFiles {
        let prefix = try Self.normalizedDirectory(directory)
        let arguments = ["ls-tree", "-r", "-z", "--full-tree", revision.id] + (prefix.isEmpty ? [] : ["--", prefix + "/"])
        let listing = try await shell.run(arguments, doing: "listing '\(prefix.isEmpty ? "/" : prefix)' at \(revision.short)")
        let entries = try Self.parseTree(listing.standardOutput)
        if !prefix.isEmpty && entries.isEmpty {
            throw GitError(code: .notFound,
                           message: "directory '\(prefix)' does not exist at revision \(revision.short); check --path")
        }
        let wanted = entries.filter { $0.type == "blob" }
        let blobs = try await readBlobs(wanted.map(\.object), revision: revision)
        var files: [String: [UInt8]] = [:]
        var symlinks: [String: String] = [:]
        for entry in wanted {
            let relative = prefix.isEmpty ? entry.path : String(entry.path.dropFirst(prefix.count + 1))
            let bytes = blobs[entry.object] ?? []
            if entry.mode == "120000" {
                symlinks[relative] = String(decoding: bytes, as: UTF8.self)
            } else {
                files[relative] = bytes
            }
        }
        return RevisionFiles(revision: revision, directory: prefix, files: files, symlinks: symlinks)
    }

    /// Reads blobs with one `git cat-file --batch`, refusing more than `maxRevisionBytes` in all.
    func readBlobs(_ objects: [String], revision: Revision) async throws(GitError) -> [String: [UInt8]] {
        let unique = Array(Set(objects)).sorted()
        guard !unique.isEmpty else { return [:] }
        let sizes = try await shell.run(["cat-file", "--batch-check=%(objectname) %(objectsize)"],
                                        doing: "sizing the files of \(revision.short)",
                                        input: Array((unique.joined(separator: "\n") + "\n").utf8))
        let total = sizes.outputText.split(separator: "\n").reduce(0) { sum, line in
            sum + (line.split(separator: " ").last.flatMap { Int($0) } ?? 0)
        }
        guard total <= configuration.maxRevisionBytes else {
            throw GitError(code: .tooLarge,
                           message: "revision \(revision.short) holds \(total) bytes under the path, more than the limit of \(configuration.maxRevisionBytes)")
        }
        let batch = try await shell.run(["cat-file", "--batch"], doing: "reading the files of \(revision.short)",
                                        input: Array((unique.joined(separator: "\n") + "\n").utf8))
        return try Self.parseBatch(batch.standardOutput)
    }

    /// Parses `<mode> SP <type> SP <object> TAB <path> NUL` records.
    static func parseTree(_ bytes: [UInt8]) throws(GitError) -> [TreeEntry] {
        var entries: [TreeEntry] = []
        for record in bytes.split(separator: 0) {
            guard let tab = record.firstIndex(of: 0x09) else {
                throw GitError(code: .malformedOutput, message: "git ls-tree printed a record without a tab")
            }
            let header = String(decoding: record[record.startIndex..<tab], as: UTF8.self).split(separator: " ")
            guard header.count == 3 else {
                throw GitError(code: .malformedOutput, message: "git ls-tree printed '\(header.joined(separator: " "))'")
            }
            let path = String(decoding: record[(tab + 1)...], as: UTF8.self)
            entries.append(TreeEntry(mode: String(header[0]), type: String(header[1]), object: String(header[2]), path: path))
        }
        return entries
    }

    /// Parses `<object> SP <type> SP <size> LF <bytes> LF` records of `git cat-file --batch`.
    static func parseBatch(_ bytes: [UInt8]) throws(GitError) -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard let newline = bytes[index...].firstIndex(of: 0x0A) else {
                throw GitError(code: .malformedOutput, message: "git cat-file --batch printed a header without a newline")
            }
            let header = String(decoding: bytes[index..<newline], as: UTF8.self).split(separator: " ")
            guard header.count == 3, let size = Int(header[2]), size >= 0 else {
                throw GitError(code: .malformedOutput, message: "git cat-file --batch printed '\(header.joined(separator: " "))'")
            }
            let start = newline + 1
            let end = start + size
            guard end <= bytes.endIndex else {
                throw GitError(code: .malformedOutput, message: "git cat-file --batch output ended inside '\(header[0])'")
            }
            result[String(header[0])] = Array(bytes[start..<end])
            index = end + 1
        }
        return result
    }

    /// `--path` as git wants it: no leading or trailing `/`, no `.` or `..` parts.
    static func normalizedDirectory(_ directory: String) throws(GitError) -> String {
        let parts = directory.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        guard !parts.contains("..") else {
            throw GitError(code: .invalidArgument, message: "--path '\(directory)' may not leave the repository with '..'")
        }
        return parts.joined(separator: "/")
    }
}
