import OperatorSupport
import YAML

/// What reading one YAML file of the repository produced, merged into the session in file order.
struct FileOutcome: Sendable {
    /// The path as listed (a symbolic link keeps its own path).
    var path: String
    /// The file's text, when it could be read and decoded.
    var text: String?
    /// Findings of the file, in the order they were made.
    var diagnostics: [Diagnostic] = []
    /// The YAML syntax error, kept apart: it is reported only unless the file turns out to be a template.
    var parseFailure: Diagnostic?
    /// The orgops manifests found in the file, checked against their schemas.
    var documents: [ManifestDocument] = []
}

/// Reads, parses and schema-checks one YAML file of the repository, independently of every other file.
///
/// Everything here depends only on the listing and the file itself, so files are read
/// concurrently (`ParallelMap`) and their outcomes merged in listing order: the result of a
/// load is the same, diagnostic for diagnostic, as reading them one after the other.
struct ManifestFileReader<Files: RepositoryFiles>: Sendable {
    let files: Files
    /// Regular files by path.
    let regular: Set<String>
    /// Symbolic links by path → target.
    let symlinks: [String: String]

    /// Follows a symbolic link (and chains of them) to a regular file inside the repository.
    static func resolveSymlink(_ path: String, regular: Set<String>, symlinks: [String: String]) -> Result<String, FileReferenceError> {
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

    /// Reads a file as UTF-8, reporting (at `reportAs`, the path as the user knows it) why it cannot be.
    static func readText(_ files: Files, _ path: String, reportAs: String, diagnostics: inout [Diagnostic]) -> (bytes: [UInt8], text: String)? {
        let bytes: [UInt8]
        do throws(FileSystemError) {
            bytes = try files.readFile(path)
        } catch {
            diagnostics.append(.error("file-unreadable", error.message, at: SourceLocation(file: reportAs, line: 1, column: 1)))
            return nil
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            diagnostics.append(.error("invalid-encoding", "file '\(reportAs)' is not valid UTF-8",
                                      at: SourceLocation(file: reportAs, line: 1, column: 1)))
            return nil
        }
        return (bytes, text)
    }

    /// Reads one listed YAML file (following a symbolic link inside the repository), parses it and
    /// checks each orgops document in it.
    func read(_ entry: FileEntry) -> FileOutcome {
        let path = entry.path
        var outcome = FileOutcome(path: path)
        var real = path
        if case .symlink(let target) = entry.kind {
            switch Self.resolveSymlink(path, regular: regular, symlinks: symlinks) {
            case .success(let resolved): real = resolved
            case .failure:
                outcome.diagnostics.append(.warning("symlink-escape",
                                                    "symbolic link '\(path)' points to '\(target)', outside the repository or to nothing; it is not read",
                                                    at: SourceLocation(file: path, line: 1, column: 1)))
                return outcome
            }
        }
        guard let (bytes, text) = Self.readText(files, real, reportAs: path, diagnostics: &outcome.diagnostics) else { return outcome }
        outcome.text = text
        let parsed: [Document]
        do throws(YAMLError) {
            parsed = try YAMLParser.parse(bytes)
        } catch {
            let related: [(location: SourceLocation, message: String)] = error.related.map {
                [(SourceLocation(file: path, line: $0.line, column: $0.column),
                  error.code.contains("duplicate") ? "first defined here" : "related location")]
            } ?? []
            outcome.parseFailure = .error("yaml-\(error.code)", error.message,
                                          at: SourceLocation(file: path, line: error.mark.line, column: error.mark.column), related: related)
            return outcome
        }
        for document in parsed {
            guard let root = document.root, root.mapping != nil else { continue }
            if let manifest = Self.classify(root, file: path, diagnostics: &outcome.diagnostics) {
                outcome.documents.append(manifest)
            }
        }
        return outcome
    }

    /// Decides whether a document is an orgops manifest of a known kind and checks it against its schema.
    static func classify(_ root: Node, file: String, diagnostics: inout [Diagnostic]) -> ManifestDocument? {
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
            return nil
        }
        guard apiVersion == ManifestSchema.apiVersion else {
            diagnostics.append(.error("unsupported-api-version",
                                      "unsupported apiVersion '\(apiVersion)'; the supported version is '\(ManifestSchema.apiVersion)'",
                                      at: at(root["apiVersion"])))
            return nil
        }
        guard let kind, isOrgopsKind else {
            let written = kind.map { "unknown kind '\($0)'" } ?? "missing or invalid 'kind'"
            let hint = kind.flatMap { NameSuggestion.nearest(to: $0, in: ManifestSchema.kinds) }.map { "; did you mean '\($0)'?" }
                ?? "; valid kinds are " + ManifestSchema.kinds.joined(separator: ", ")
            diagnostics.append(.error("unknown-kind", written + hint, at: at(kindNode)))
            return nil
        }
        var checker = SchemaChecker(file: file, allowVariables: kind != "Organization")
        let checked = checker.check(root, object: ManifestSchema.manifestObjectName(kind: kind), field: .manifest(kind: kind))
        diagnostics += checker.diagnostics
        guard let checked, let metadata = checked["metadata"], let spec = checked["spec"],
              let name = metadata["name"]?.string else { return nil }
        return ManifestDocument(kind: kind, file: file, root: checked, metadata: metadata, spec: spec, name: name,
                                usesVariables: checker.usesVariables)
    }
}
