import Foundation
import GitClient
import OperatorSupport
import OrgModel

/// The per-organization steps of the reconcile pass: read live → plan → apply → verify → write status.
///
/// Each step returns a `Result` that can stop the chain; whatever stops it,
/// the pass still ends by writing the status, so a failure is recorded in git
/// like a success. Everything outside (git, AWS, time) comes through ports,
/// so the whole chain runs against in-memory fakes and a `ManualClock`.
public struct OrganizationPass: Sendable {
    /// Where the status is read from and written to.
    public var repository: any SourceRepository
    /// Each organization's live-state and change ports.
    public var connector: any OrganizationConnector
    /// Mode, options, heartbeat.
    public var configuration: ReconcileConfiguration
    /// The time of the status and the pass's duration.
    public var clock: any OperatorClock
    /// JSON-lines logs with `org`, `revision` and `step`.
    public var logger: Logger

    /// Creates a pass.
    public init(repository: any SourceRepository, connector: any OrganizationConnector,
                configuration: ReconcileConfiguration, clock: any OperatorClock, logger: Logger = .disabled) {
        self.repository = repository
        self.connector = connector
        self.configuration = configuration
        self.clock = clock
        self.logger = logger
    }

    /// Runs one organization against a fetched revision.
    /// - Parameters:
    ///   - name: the organization's manifest name.
    ///   - source: what the source steps made of the revision.
    ///   - lastValid: the last valid revision, in force when `source` is invalid or refused or drops the organization.
    ///   - fullRead: read tags too; without it the pass reads cheaply when the last status recorded an inventory
    ///     (ownership then comes from that record), and fully otherwise.
    public func run(organization name: String, source: SourceSnapshot, lastValid: ValidRevision?,
                    fullRead: Bool = true) async -> PassOutcome {
        let started = clock.now()
        let log = logger.with(["org": name, "revision": source.revision.short])
        let previous = await readPreviousStatus(name, log: log)
        var work = PassWork(organization: name, source: source, previous: previous)

        // Which desired state is in force, and what the revision's verdict makes of the result.
        switch source.verdict {
        case .valid(let desired):
            if let organization = desired.organizations[name] {
                work.desired = organization
                work.desiredRevision = source.revision
            } else {
                work.override = .invalid
                work.diagnostics = ["organization '\(name)' has no manifests at revision \(source.revision.short); "
                    + "deleting every manifest of an organization is refused, restore them or remove the organization by hand"]
                work.useLastValid(lastValid)
            }
        case .invalid(let diagnostics):
            work.override = .invalid
            work.diagnostics = diagnostics
            work.useLastValid(lastValid)
        case .refused(let verification):
            work.override = .refused
            work.message = verification.description
            work.useLastValid(lastValid)
        }

        if work.desired != nil {
            let cheap = !fullRead && !(previous?.inventory.entries.isEmpty ?? true)
            await converge(&work, read: cheap ? .cheap : .full, log: log)
        }
        let document = work.document(time: clock.now(), configuration: configuration)
        let durationMs = Int((clock.now().timeIntervalSince(started) * 1000).rounded())
        let commit = await writeStatus(document, work: work, durationMs: durationMs, log: log)
        return PassOutcome(document: document, events: work.events, committed: commit.committed,
                           failure: work.failure ?? work.waiting ?? commit.failure, durationMs: durationMs)
    }

    /// Why the plan is shown but not applied, if it is not: observe mode, suspend, a refused plan.
    func holdReason(_ plan: OrganizationPlan, desired: DesiredOrganization) -> PassWork.Hold? {
        if configuration.mode == .observe { return .observe }
        if plan.suspended || desired.reconcile.suspend { return .suspended }
        if let refusal = plan.refusal { return .refused(refusal.message) }
        return nil
    }

    /// The status as the operator last committed it, or nil (first pass, or a file it cannot read, which is logged).
    func readPreviousStatus(_ name: String, log: Logger) async -> StatusDocument? {
        do {
            guard let bytes = try await repository.readStatusFile(StatusDocument.path(organization: name)) else { return nil }
            return try StatusDocument(yaml: String(decoding: bytes, as: UTF8.self))
        } catch {
            log.warning("previous status unreadable; planning without its inventory", ["error": "\(error)"])
            return nil
        }
    }
}

/// What one organization's pass ended with.
public struct PassOutcome: Sendable {
    /// The status it computed (committed or not).
    public var document: StatusDocument
    /// What it did and found.
    public var events: [StatusEvent]
    /// Whether a status commit was written.
    public var committed: Bool
    /// The failure that stopped it, if any: decides the requeue.
    public var failure: PassFailure?
    /// How long the pass took.
    public var durationMs: Int

    /// Creates an outcome.
    public init(document: StatusDocument, events: [StatusEvent], committed: Bool, failure: PassFailure?, durationMs: Int) {
        self.document = document
        self.events = events
        self.committed = committed
        self.failure = failure
        self.durationMs = durationMs
    }
}
