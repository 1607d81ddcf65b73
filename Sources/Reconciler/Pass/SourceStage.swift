import GitClient
import OperatorSupport
import OrgModel
import YAML

/// The first three steps of the pass, run once per revision for all organizations: fetch, verify, load.
public struct SourceStage: Sendable {
    /// Where manifests come from.
    public var repository: any SourceRepository
    /// Path and trusted keys.
    public var configuration: ReconcileConfiguration

    /// Creates the stage.
    public init(repository: any SourceRepository, configuration: ReconcileConfiguration) {
        self.repository = repository
        self.configuration = configuration
    }

    /// Fetches the watched branch and returns its head; a failure is transient (the remote may be back soon).
    public func fetch() async -> Result<Revision, PassFailure> {
        do {
            return .success(try await repository.fetch())
        } catch {
            return .failure(PassFailure(step: .fetchSource, classification: .transient,
                                        requeueAfter: configuration.transientRequeue, message: error.message))
        }
    }

    /// Verifies (when configured) and loads `revision`: an untrusted or invalid revision is a verdict, not a failure.
    public func load(_ revision: Revision) async -> Result<SourceSnapshot, PassFailure> {
        let files: RevisionFiles
        do {
            files = try await repository.files(at: revision, under: configuration.path)
        } catch {
            if error.code == .notFound {
                let message = "manifest directory '\(configuration.path)' does not exist at revision \(revision.short): \(error.message)"
                return .success(SourceSnapshot(revision: revision, verdict: .invalid(diagnostics: [message]), organizations: []))
            }
            return .failure(PassFailure(step: .loadManifests, classification: .transient,
                                        requeueAfter: configuration.transientRequeue, message: error.message))
        }
        let scanned = Self.organizationNames(in: files)
        if let trust = configuration.trustedKeys {
            do {
                let verification = try await repository.verifySignature(of: revision, trust: trust)
                guard verification.isTrusted else {
                    return .success(SourceSnapshot(revision: revision, verdict: .refused(verification), organizations: scanned))
                }
            } catch {
                return .failure(PassFailure(step: .verifySignature, classification: .transient,
                                            requeueAfter: configuration.transientRequeue, message: error.message))
            }
        }
        let result = ManifestLoader.load(files: InMemoryRepositoryFiles(files: files.files, symlinks: files.symlinks))
        let errors = result.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let desired = result.desired else {
            let lines = errors.sorted(by: Diagnostic.reportOrder).map(Self.line)
            return .success(SourceSnapshot(revision: revision, verdict: .invalid(diagnostics: lines), organizations: scanned))
        }
        return .success(SourceSnapshot(revision: revision, verdict: .valid(desired), organizations: desired.organizationNames))
    }

    /// Loads an earlier revision known to have been applied, to recover the state in force after a restart.
    public func desiredState(at revision: Revision) async -> DesiredState? {
        guard let files = try? await repository.files(at: revision, under: configuration.path) else { return nil }
        return ManifestLoader.load(files: InMemoryRepositoryFiles(files: files.files, symlinks: files.symlinks)).desired
    }

    /// A diagnostic on one line: `file:line:column: message [code]`.
    static func line(_ diagnostic: Diagnostic) -> String {
        let place = diagnostic.location.map { "\($0): " } ?? ""
        let message = diagnostic.message.split(whereSeparator: \.isNewline).joined(separator: " ")
        return "\(place)\(message) [\(diagnostic.code)]"
    }

    /// Names of `kind: Organization` documents, read leniently so an invalid revision still says which it concerns.
    static func organizationNames(in files: RevisionFiles) -> [String] {
        var names: Set<String> = []
        for (path, bytes) in files.files where path.hasSuffix(".yaml") || path.hasSuffix(".yml") {
            guard let documents = try? YAMLParser.parse(bytes) else { continue }
            for document in documents {
                guard let root = document.root, root["kind"]?.scalar?.text == "Organization",
                      let name = root["metadata"]?["name"]?.scalar?.text, !name.isEmpty else { continue }
                names.insert(name)
            }
        }
        return names.sorted()
    }
}
