import AWSClient
import AWSServices
import Foundation
import OperatorSupport
import OrgModel

/// The composition root of `plan` and `apply`: where the operator's AWS client, each
/// organization's session, the live reader, the differ and the change applier meet.
///
/// One value per command run. Every organization's client derives from `client`, so they
/// share one call counter (`--stats`), one retry quota and the per-scope limiters; reads of
/// different organizations run concurrently, each within its own scope's limits.
public struct PlanWorkflow: Sendable {
    /// The operator's own client (its counter covers every organization's calls).
    public let client: AWSClient
    /// Each organization's session: the assumed `spec.access.roleArn`, or the operator's credentials.
    public let sessions: OrganizationSessions
    /// Reads live state through the sessions.
    public let reader: any LiveStateReader
    /// What the plan is shaped by (owner tag key, max deletions).
    public let planOptions: PlanOptions
    /// The plan's timestamp and every wait.
    public let clock: any OperatorClock
    /// Progress lines on stderr at `--log-level`.
    public let logger: Logger

    /// Builds the operator's client from the environment and the command's AWS settings.
    /// - Throws: `UsageError` for a malformed limit, `CommandError` for unreadable AWS configuration.
    public init(environment: [String: String], options: PlanCommandOptions, clock: any OperatorClock,
                transport: any HTTPTransport, stderr: any TerminalOutput) throws {
        let factory = OperatorClientFactory(environment: environment, transport: transport, clock: clock)
        let client = try factory.makeClient(settings: options.aws)
        let sessions = OrganizationSessions(base: client, clock: clock)
        self.init(client: client, sessions: sessions, reader: OrganizationsLiveReader(sessions: sessions),
                  planOptions: options.planOptions, clock: clock,
                  logger: options.logging.logger(to: stderr, clock: clock))
    }

    /// Creates a workflow from its parts.
    public init(client: AWSClient, sessions: OrganizationSessions, reader: any LiveStateReader,
                planOptions: PlanOptions, clock: any OperatorClock, logger: Logger) {
        self.client = client
        self.sessions = sessions
        self.reader = reader
        self.planOptions = planOptions
        self.clock = clock
        self.logger = logger
    }

    /// Reads every organization concurrently and plans each against its manifests.
    ///
    /// An organization that cannot be read is left out of the plan and reported in
    /// `failures`; the others are still planned, so one broken access role does not hide
    /// the state of the rest of the estate.
    public func plan(_ manifests: LoadedManifests, read: ReadOptions) async -> PlanOutcome {
        let results = await withTaskGroup(of: OrganizationResult.self) { group in
            for organization in manifests.organizations {
                group.addTask { await self.planOne(organization, read: read) }
            }
            var results: [OrganizationResult] = []
            for await result in group { results.append(result) }
            return results
        }
        var plans: [OrganizationPlan] = []
        var live: [String: LiveOrganization] = [:]
        var failures: [OrganizationFailure] = []
        for result in results {
            switch result {
            case .planned(let plan, let snapshot):
                plans.append(plan)
                live[plan.organization] = snapshot
            case .failed(let failure):
                failures.append(failure)
            }
        }
        let plan = Plan(sourceRevision: manifests.revision, createdAt: clock.now(), options: planOptions,
                        organizations: plans)
        return PlanOutcome(plan: plan, live: live, failures: failures.sorted { $0.organization < $1.organization },
                           read: read)
    }

    /// Reads one organization and plans it.
    func planOne(_ organization: DesiredOrganization, read: ReadOptions) async -> OrganizationResult {
        let logger = logger.with("org", organization.name)
        do {
            logger.info("reading live state", ["read": read.includeTags ? "full" : "cheap"])
            let snapshot = try await reader.readOrganization(organization, options: read)
            let plan = OrganizationDiffer.plan(desired: organization, live: snapshot, options: planOptions)
            logger.info("planned", ["actions": String(plan.actions.count)])
            return .planned(plan, snapshot)
        } catch {
            return .failed(OrganizationFailure(organization: organization.name, step: "reading live state",
                                               error: error))
        }
    }

    /// Re-reads one organization the way the saved plan was read, for the staleness check.
    func reread(_ organization: DesiredOrganization, read: ReadOptions) async throws -> LiveOrganization {
        try await reader.readOrganization(organization, options: read)
    }

    /// The outcome of planning one organization.
    enum OrganizationResult: Sendable {
        case planned(OrganizationPlan, LiveOrganization)
        case failed(OrganizationFailure)
    }
}

/// What `PlanWorkflow.plan` produced: the plan, the snapshots it was made from, and the
/// organizations that could not be planned.
public struct PlanOutcome: Sendable {
    /// The plan of every organization that was read.
    public var plan: Plan
    /// The live snapshot of each planned organization, by name.
    public var live: [String: LiveOrganization]
    /// Organizations that could not be read, sorted by name.
    public var failures: [OrganizationFailure]
    /// How the organizations were read.
    public var read: ReadOptions

    /// Prints every failure on `stderr`; true when there was one.
    public func report(to stderr: any TerminalOutput) -> Bool {
        for failure in failures { stderr.line("Error: \(failure.description)") }
        return !failures.isEmpty
    }
}

/// An organization whose step failed, with the error underneath (which names the AWS
/// operation, resource and code when AWS answered).
public struct OrganizationFailure: Error, Sendable, CustomStringConvertible {
    /// The organization's manifest name.
    public var organization: String
    /// What was being done (`reading live state`).
    public var step: String
    /// The error as thrown.
    public var error: any Error

    /// Creates a failure.
    public init(organization: String, step: String, error: any Error) {
        self.organization = organization
        self.step = step
        self.error = error
    }

    /// A stable code: the AWS error code when there is one.
    public var code: String {
        if let error = error as? OrganizationsReconcileError { return error.code }
        if let error = error as? AWSError { return error.code }
        return "organization-failed"
    }

    /// `organization 'acme': reading live state failed: …`, without repeating the organization.
    public var description: String {
        if let error = error as? OrganizationsReconcileError { return "\(error.description) (while \(step))" }
        return "organization '\(organization)': \(step) failed: \(error)"
    }
}
