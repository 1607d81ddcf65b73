import OrgModel
import OperatorSupport

extension InMemoryOrganization {
    /// Loads manifests given as text (path → YAML) and returns one organization's desired state, so tests
    /// state what they want the way users do rather than through the model's initialisers.
    /// - Throws: `InMemoryOrganizationError` with the rendered diagnostics when the manifests are invalid.
    public static func desired(_ texts: [String: String], organization: String) throws -> DesiredOrganization {
        let result = ManifestLoader.load(files: InMemoryRepositoryFiles(texts: texts))
        guard let desired = result.desired?.organizations[organization] else {
            let rendered = DiagnosticRenderer.text(result.diagnostics, sources: result.sources)
            throw InMemoryOrganizationError(code: "InvalidManifests",
                                            message: "manifests do not load organization '\(organization)':\n\(rendered)")
        }
        return desired
    }
}
