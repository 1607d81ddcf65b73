import OperatorSupport

/// The outcome of loading one revision.
public struct LoadResult: Sendable {
    /// Every finding, in report order (file, line, column).
    public var diagnostics: [Diagnostic]
    /// The desired state; nil when any diagnostic is an error (one invalid document invalidates the revision).
    public var desired: DesiredState?
    /// File → text of every file read, for rendering snippets (`DiagnosticRenderer.text`).
    public var sources: [String: String]

    /// Creates a result (the loader does; fakes of the load step in tests may too).
    public init(diagnostics: [Diagnostic], desired: DesiredState?, sources: [String: String]) {
        self.diagnostics = diagnostics
        self.desired = desired
        self.sources = sources
    }
}

/// Loads a repository revision: discovery, decoding, replication, validation.
///
/// Pure: it sees the repository only through `RepositoryFiles`. All
/// diagnostics of the revision are collected, none thrown, and the result is
/// deterministic for the same files.
public enum ManifestLoader {
    /// Loads and validates every manifest of the repository.
    public static func load(files: some RepositoryFiles) -> LoadResult {
        var session = LoadSession(files: files)
        session.run()
        var seen = Set<Diagnostic>()
        let unique = session.diagnostics.filter { seen.insert($0).inserted }.sortedForReport()
        let desired = unique.hasErrors ? nil : DesiredState(organizations: session.organizations)
        return LoadResult(diagnostics: unique, desired: desired, sources: session.sources)
    }
}
