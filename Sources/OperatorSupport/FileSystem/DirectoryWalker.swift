#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The recursive listing behind `LocalDirectoryFiles.listEntries()`, on `opendir`/`readdir`.
///
/// Each entry's type comes from `readdir`'s `d_type`, so a listing costs one system call per
/// directory batch rather than one `stat` per file; only file systems that do not fill `d_type`
/// pay an `lstat`. Links are read with `readlink`, never followed. Unreadable directories and
/// entries are skipped, as the loader only ever sees what could be listed.
enum DirectoryWalker {
    /// Appends the regular files and symbolic links under `directory` (its path on disk) to `entries`,
    /// with paths relative to the root (`relative` is the directory's own, empty for the root).
    /// Subdirectories whose names start with `.` are not entered. Order is unspecified: callers sort.
    static func walk(_ directory: String, relative: String, into entries: inout [FileEntry]) {
        guard let stream = opendir(directory) else { return }
        var subdirectories: [(full: String, relative: String)] = []
        while let entry = readdir(stream) {
            let name = entryName(entry)
            if name == "." || name == ".." { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            let full = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            switch kind(of: entry, at: full) {
            case .regular:
                entries.append(FileEntry(path: path, kind: .regular))
            case .symlink:
                if let target = linkTarget(full) { entries.append(FileEntry(path: path, kind: .symlink(target: target))) }
            case .directory:
                if !name.hasPrefix(".") { subdirectories.append((full, path)) }
            case .other:
                continue
            }
        }
        // Closed before descending, so a deep tree never holds more than one directory open.
        closedir(stream)
        for sub in subdirectories {
            walk(sub.full, relative: sub.relative, into: &entries)
        }
    }

    private enum Kind {
        case regular, symlink, directory, other
    }

    /// The entry's type from `d_type`, or from `lstat` when the file system leaves it unknown.
    private static func kind(of entry: UnsafeMutablePointer<dirent>, at full: String) -> Kind {
        switch Int32(entry.pointee.d_type) {
        case Int32(DT_REG): return .regular
        case Int32(DT_LNK): return .symlink
        case Int32(DT_DIR): return .directory
        case Int32(DT_UNKNOWN):
            var info = stat()
            guard lstat(full, &info) == 0 else { return .other }
            switch info.st_mode & S_IFMT {
            case S_IFREG: return .regular
            case S_IFLNK: return .symlink
            case S_IFDIR: return .directory
            default: return .other
            }
        default:
            return .other
        }
    }

    /// The entry's name, decoded as UTF-8 (invalid bytes repaired, as `FileManager` shows them).
    private static func entryName(_ entry: UnsafeMutablePointer<dirent>) -> String {
        withUnsafePointer(to: &entry.pointee.d_name) { tuple in
            tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                String(cString: $0)
            }
        }
    }

    /// A symbolic link's target exactly as stored; nil when it cannot be read.
    private static func linkTarget(_ full: String) -> String? {
        var capacity = 256
        while capacity <= 65_536 {
            var buffer = [CChar](repeating: 0, count: capacity)
            let length = readlink(full, &buffer, capacity)
            if length < 0 { return nil }
            if length < capacity {
                return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
            capacity *= 4
        }
        return nil
    }
}
