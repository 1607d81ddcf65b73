import OperatorSupport
import YAML

/// One manifest document found by discovery, checked against its kind's schema.
struct ManifestDocument {
    var kind: String
    var file: String
    var root: Checked
    var metadata: Checked
    var spec: Checked
    var name: String
    /// Whether any string of the document uses `${organization.*}`.
    var usesVariables: Bool

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
        for entry in entries {
            let path = entry.path
            guard path.hasSuffix(".yaml") || path.hasSuffix(".yml") else { continue }
            if RepositoryPath.isInDotDirectory(path) || path.split(separator: "/").last?.hasPrefix(".") == true { continue }
            if ignore.isIgnored(path) { continue }
            var real = path
            if case .symlink(let target) = entry.kind {
                switch resolveSymlink(path) {
                case .success(let resolved): real = resolved
                case .failure:
                    diagnostics.append(.warning("symlink-escape",
                                                "symbolic link '\(path)' points to '\(target)', outside the repository or to nothing; it is not read",
                                                at: SourceLocation(file: path, line: 1, column: 1)))
                    continue
                }
            }
            guard let text = readText(real, reportAs: path) else { continue }
            sources[path] = text
            parseDocuments(text, file: path)
        }
    }

    /// Follows a symbolic link (and chains of them) to a regular file inside the repository.
    func resolveSymlink(_ path: String) -> Result<String, FileReferenceError> {
        var current = path
        for _ in 0..<16 {
            guard let target = symlinks[current] else {
                return regular.contains(current) ? .success(current) : .failure(.missing)
            }
            guard let next = RepositoryPath.resolve(target, from: RepositoryPath.directory(of: current)) else {
                return .failure(.escapes)
            }
            current = next
        }
        return .failure(.missing)
    }

    mutating func readText(_ path: String, reportAs: String? = nil) -> String? {
        let bytes: [UInt8]
        do throws(FileSystemError) {
            bytes = try files.readFile(path)
        } catch {
            diagnostics.append(.error("file-unreadable", error.message, at: SourceLocation(file: reportAs ?? path, line: 1, column: 1)))
            return nil
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            diagnostics.append(.error("invalid-encoding", "file '\(reportAs ?? path)' is not valid UTF-8",
                                      at: SourceLocation(file: reportAs ?? path, line: 1, column: 1)))
            return nil
        }
        return text
    }

    mutating func parseDocuments(_ text: String, file: String) {
        let parsed: [Document]
        do throws(YAMLError) {
            parsed = try YAMLParser.parse(Array(text.utf8))
        } catch {
            let related: [(location: SourceLocation, message: String)] = error.related.map {
                [(SourceLocation(file: file, line: $0.line, column: $0.column),
                  error.code.contains("duplicate") ? "first defined here" : "related location")]
            } ?? []
            parseFailures[file] = .error("yaml-\(error.code)", error.message,
                                         at: SourceLocation(file: file, line: error.mark.line, column: error.mark.column), related: related)
            return
        }
        for document in parsed {
            guard let root = document.root, root.mapping != nil else { continue }
            classify(root, file: file)
        }
    }

    mutating func classify(_ root: Node, file: String) {
        let apiVersion = root["apiVersion"]?.scalar?.text
        let kindNode = root["kind"]
        let kind = kindNode?.scalar?.text
        let isOrgopsKind = kind.map { ManifestSchema.kinds.contains($0) } ?? false
        func at(_ node: Node?) -> SourceLocation {
            let n = node ?? root
            return SourceLocation(file: file, line: n.start.line, column: n.start.column)
        }
        guard let apiVersion, apiVersion.hasPrefix("orgops/") else {
            if isOrgopsKind, let kind {
                let written = apiVersion.map { "apiVersion '\($0)'" } ?? "no apiVersion"
                diagnostics.append(.warning("not-a-manifest",
                                            "document of kind '\(kind)' has \(written), so it is not read as a manifest; orgops manifests use 'apiVersion: \(ManifestSchema.apiVersion)'",
                                            at: at(root["apiVersion"] ?? kindNode)))
            }
            return
        }
        guard apiVersion == ManifestSchema.apiVersion else {
            diagnostics.append(.error("unsupported-api-version",
                                      "unsupported apiVersion '\(apiVersion)'; the supported version is '\(ManifestSchema.apiVersion)'",
                                      at: at(root["apiVersion"])))
            return
        }
        guard let kind, isOrgopsKind else {
            let written = kind.map { "unknown kind '\($0)'" } ?? "missing or invalid 'kind'"
            let hint = kind.flatMap { NameSuggestion.nearest(to: $0, in: ManifestSchema.kinds) }.map { "; did you mean '\($0)'?" }
                ?? "; valid kinds are " + ManifestSchema.kinds.joined(separator: ", ")
            diagnostics.append(.error("unknown-kind", written + hint, at: at(kindNode)))
            return
        }
        var checker = SchemaChecker(file: file, allowVariables: kind != "Organization")
        let checked = checker.check(root, object: ManifestSchema.manifestObjectName(kind: kind), field: "\(kind) manifest")
        diagnostics += checker.diagnostics
        guard let checked, let metadata = checked["metadata"], let spec = checked["spec"],
              let name = metadata["name"]?.string else { return }
        documents.append(ManifestDocument(kind: kind, file: file, root: checked, metadata: metadata, spec: spec, name: name,
                                           usesVariables: checker.usesVariables))
    }
}

/// Why a file reference could not be followed.
enum FileReferenceError: Error {
    case escapes
    case missing
}
