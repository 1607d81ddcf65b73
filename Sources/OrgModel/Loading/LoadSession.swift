import OperatorSupport
import YAML

/// One manifest document found by discovery, checked against its kind's schema.
///
/// A class, so that the build phases, which pass every document around several times, share one
/// copy instead of copying its fields; it never changes once made (substitution makes a new one).
final class ManifestDocument: Sendable {
    let kind: String
    let file: String
    let root: Checked
    let metadata: Checked
    let spec: Checked
    let name: String
    /// Whether any string of the document uses `${organization.*}`.
    let usesVariables: Bool

    init(kind: String, file: String, root: Checked, metadata: Checked, spec: Checked, name: String, usesVariables: Bool) {
        self.kind = kind
        self.file = file
        self.root = root
        self.metadata = metadata
        self.spec = spec
        self.name = name
        self.usesVariables = usesVariables
    }

    /// The same document with another spec (its variables substituted).
    func with(spec: Checked) -> ManifestDocument {
        ManifestDocument(kind: kind, file: file, root: root, metadata: metadata, spec: spec, name: name, usesVariables: usesVariables)
    }

    var location: SourceLocation { root.location }
}

/// The state of one load: what has been read, found and built so far.
struct LoadSession<Files: RepositoryFiles> {
    let files: Files
    var diagnostics: [Diagnostic] = []
    var sources: [String: String] = [:]
    var organizations: [String: DesiredOrganization] = [:]
    /// Regular files by path; symbolic links by path → target.
    var regular = Set<String>()
    var symlinks: [String: String] = [:]
    /// YAML files that failed to parse, with their error (reported unless only used as templates).
    var parseFailures: [String: Diagnostic] = [:]
    /// Files referenced as StackSet templates.
    var templateFiles = Set<String>()
    var documents: [ManifestDocument] = []

    init(files: Files) {
        self.files = files
    }

    mutating func run() {
        discover()
        build()
        for (file, diagnostic) in parseFailures where !templateFiles.contains(file) {
            diagnostics.append(diagnostic)
        }
    }

    // MARK: Discovery

    mutating func discover() {
        let entries: [FileEntry]
        do throws(FileSystemError) {
            entries = try files.listEntries()
        } catch {
            diagnostics.append(.error("repository-unreadable", error.message, at: nil))
            return
        }
        for entry in entries {
            switch entry.kind {
            case .regular: regular.insert(entry.path)
            case .symlink(let target): symlinks[entry.path] = target
            }
        }
        var ignore = IgnoreMatcher("")
        if regular.contains(".orgopsignore"), let text = readText(".orgopsignore") {
            ignore = IgnoreMatcher(text)
        }
        var candidates: [FileEntry] = []
        for entry in entries {
            let path = entry.path
            guard Self.isManifestCandidate(path) else { continue }
            if ignore.isIgnored(path) { continue }
            candidates.append(entry)
        }
        let reader = ManifestFileReader(files: files, regular: regular, symlinks: symlinks)
        let outcomes = ParallelMap.map(candidates) { reader.read($0) }
        sources.reserveCapacity(outcomes.count)
        for outcome in outcomes {
            diagnostics += outcome.diagnostics
            if let text = outcome.text { sources[outcome.path] = text }
            if let failure = outcome.parseFailure { parseFailures[outcome.path] = failure }
            documents += outcome.documents
        }
    }

    /// Whether discovery reads the file: a `.yaml`/`.yml` name that neither it nor any directory on
    /// its path starts with `.`. ASCII paths (nearly all) are checked on bytes; others by
    /// `Character`, as the string methods do.
    static func isManifestCandidate(_ path: String) -> Bool {
        let ascii: Bool? = StringRule.withUTF8(path) { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            let dot = UInt8(ascii: ".")
            let n = bytes.count
            func endsWith(_ suffix: StaticString) -> Bool {
                let length = suffix.utf8CodeUnitCount
                guard n >= length else { return false }
                for k in 0..<length where bytes[n - length + k] != suffix.utf8Start[k] { return false }
                return true
            }
            guard endsWith(".yaml") || endsWith(".yml") else { return false }
            // A component (directory or the file itself) starting with '.'.
            var atComponentStart = true
            for byte in bytes {
                if byte == UInt8(ascii: "/") {
                    atComponentStart = true
                } else {
                    if atComponentStart && byte == dot { return false }
                    atComponentStart = false
                }
            }
            return true
        }
        if let ascii { return ascii }
        guard path.hasSuffix(".yaml") || path.hasSuffix(".yml") else { return false }
        return !(RepositoryPath.isInDotDirectory(path) || path.split(separator: "/").last?.hasPrefix(".") == true)
    }

    /// Follows a symbolic link (and chains of them) to a regular file inside the repository.
    func resolveSymlink(_ path: String) -> Result<String, FileReferenceError> {
        ManifestFileReader<Files>.resolveSymlink(path, regular: regular, symlinks: symlinks)
    }

    mutating func readText(_ path: String, reportAs: String? = nil) -> String? {
        ManifestFileReader.readText(files, path, reportAs: reportAs ?? path, diagnostics: &diagnostics)?.text
    }
}

/// Why a file reference could not be followed.
enum FileReferenceError: Error {
    case escapes
    case missing
}
