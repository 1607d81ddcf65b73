import OperatorSupport
import OrgModel

/// The manifests of one revision, loaded and narrowed to the organizations a command works on.
public struct LoadedManifests: Sendable {
    /// Everything the repository declares.
    public var desired: DesiredState
    /// The organizations to plan, sorted by name (all of them unless `--org` narrowed it).
    public var organizations: [DesiredOrganization]
    /// The content hash of the files read (`ManifestRevision`).
    public var revision: String

    /// Loads `repository`, printing every diagnostic (warnings included) on `stderr` the way
    /// `validate` does.
    ///
    /// - Returns: nil when the manifests are invalid, after the diagnostics were printed;
    ///   nothing may then be read from AWS.
    /// - Throws: `CommandError` when the repository cannot be read or `--org` names an
    ///   organization the repository does not declare.
    public static func load(repository: String, only names: [String],
                            stderr: any TerminalOutput) throws(CommandError) -> LoadedManifests? {
        let files = LocalDirectoryFiles(root: repository)
        do {
            _ = try files.listEntries()
        } catch {
            throw CommandError(code: "repository-unreadable",
                               message: "cannot read the manifest repository '\(repository)': \(error.message); pass --repo DIR")
        }
        let result = ManifestLoader.load(files: files)
        if !result.diagnostics.isEmpty {
            stderr.write(DiagnosticRenderer.text(result.diagnostics, sources: result.sources))
        }
        guard let desired = result.desired else { return nil }
        let known = desired.organizationNames
        for name in names where desired.organizations[name] == nil {
            let list = known.isEmpty ? "none" : known.map { "'\($0)'" }.joined(separator: ", ")
            throw CommandError(code: "unknown-organization",
                               message: "--org '\(name)' is not an organization of '\(repository)'; it declares \(list)")
        }
        let selected = (names.isEmpty ? known : Array(Set(names)).sorted()).compactMap { desired.organizations[$0] }
        return LoadedManifests(desired: desired, organizations: selected,
                               revision: ManifestRevision.of(sources: result.sources))
    }
}
