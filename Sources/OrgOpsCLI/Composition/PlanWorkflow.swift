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
    /// Where each organization's inventory is recorded.
    public let inventories: InventoryStore
    /// The plan's timestamp and every wait.
    public let clock: any OperatorClock
    /// Progress lines on stderr at `--log-level`.
    public let logger: Logger
    /// The Identity Center half of each organization's pass (permission sets, assignments).
    public var identityCenter: IdentityCenterPass?
    /// The StackSets half of each organization's pass (sets, instances, drift detection).
    public var stackSets: StackSetPass?

    /// Builds the operator's client from the environment and the command's AWS settings.
    /// - Throws: `UsageError` for a malformed limit, `CommandError` for unreadable AWS configuration.
    public init(environment: [String: String], options: PlanCommandOptions, clock: any OperatorClock,
                transport: any HTTPTransport, stderr: any TerminalOutput) throws {
        let factory = OperatorClientFactory(environment: environment, transport: transport, clock: clock)
        let client = try factory.makeClient(settings: options.aws)
        let sessions = OrganizationSessions(base: client, clock: clock)
        let inventories = InventoryStore.forRepository(options.repository, stateDirectory: options.stateDirectory)
        self.init(client: client, sessions: sessions, reader: OrganizationsLiveReader(sessions: sessions),
                  planOptions: options.planOptions, inventories: inventories, clock: clock,
                  logger: options.logging.logger(to: stderr, clock: clock))
        identityCenter = IdentityCenterPass(sessions: IdentityCenterSessions(organizations: sessions, clock: clock),
                                            clock: clock)
        stackSets = StackSetPass(sessions: sessions, clock: clock, environment: environment,
                                 drift: options.stackDrift,
                                 runs: StackDriftRunStore(directory: inventories.directory))
    }

    /// Creates a workflow from its parts.
    public init(client: AWSClient, sessions: OrganizationSessions, reader: any LiveStateReader,
                planOptions: PlanOptions, inventories: InventoryStore, clock: any OperatorClock, logger: Logger,
                identityCenter: IdentityCenterPass? = nil, stackSets: StackSetPass? = nil) {
        self.client = client
        self.sessions = sessions
        self.reader = reader
        self.planOptions = planOptions
        self.inventories = inventories
        self.clock = clock
        self.logger = logger
        self.identityCenter = identityCenter
        self.stackSets = stackSets
    }

    /// Reads every organization concurrently and plans each against its manifests.
    ///
    /// An organization is read cheaply (no tags) when its inventory was recorded by an earlier
    /// apply, since ownership then comes from that record; otherwise, or with `fullRead`, its
    /// tags are read too. An organization that cannot be read is left out of the plan and
    /// reported in `failures`; the others are still planned, so one broken access role does
    /// not hide the state of the rest of the estate.
    public func plan(_ manifests: LoadedManifests, fullRead: Bool) async -> PlanOutcome {
        let results = await withTaskGroup(of: OrganizationResult.self) { group in
            for organization in manifests.organizations {
                group.addTask { await self.planOne(organization, fullRead: fullRead) }
            }
            var results: [OrganizationResult] = []
            for await result in group { results.append(result) }
            return results
        }
        var outcome = PlanOutcome(plan: Plan(sourceRevision: manifests.revision, createdAt: clock.now(),
                                             options: planOptions, organizations: []))
        var plans: [OrganizationPlan] = []
        for result in results {
            switch result {
            case .planned(let plan, let snapshot, let inventory):
                plans.append(plan)
                outcome.live[plan.organization] = snapshot
                outcome.inventories[plan.organization] = inventory
            case .failed(let failure):
                outcome.failures.append(failure)
            }
        }
        outcome.plan.organizations = plans.sorted { $0.organization < $1.organization }
        outcome.failures.sort { $0.organization < $1.organization }
        return outcome
    }

    /// Reads one organization and plans it against its recorded inventory.
    func planOne(_ organization: DesiredOrganization, fullRead: Bool) async -> OrganizationResult {
        let logger = logger.with("org", organization.name)
        let inventory: Inventory?
        do {
            inventory = try inventories.load(organization.name)
        } catch {
            return .failed(OrganizationFailure(organization: organization.name, step: "loading its inventory",
                                               error: error))
        }
        let read: ReadOptions = fullRead || inventory == nil ? .full : .cheap
        do {
            logger.info("reading live state", ["read": read.includeTags ? "full" : "cheap"])
            let snapshot = try await reader.readOrganization(organization, options: read)
            var plan = OrganizationDiffer.plan(desired: organization, live: snapshot, options: planOptions,
                                               inventory: inventory)
            if let identityCenter {
                plan = try await identityCenter.plan(organization, live: snapshot, organizationPlan: plan,
                                                     options: planOptions)
            }
            if let stackSets {
                plan = try await stackSets.plan(organization, live: snapshot, organizationPlan: plan,
                                                options: planOptions)
            }
            logger.info("planned", ["actions": String(plan.actions.count)])
            return .planned(plan, snapshot, inventory)
        } catch {
            return .failed(OrganizationFailure(organization: organization.name, step: "reading live state",
                                               error: error))
        }
    }

    /// The change applier of one apply: each action to the applier of its service
    /// (Organizations, Identity Center, StackSets).
    func makeApplier() -> any ChangeApplier {
        var applier: any ChangeApplier = OrganizationsChangeApplier(sessions: sessions, clock: clock)
        if let identityCenter { applier = identityCenter.applier(routing: applier) }
        if let stackSets { applier = stackSets.applier(routing: applier) }
        return applier
    }

    /// Re-reads one organization the way the saved plan was read, for the staleness check.
    func reread(_ organization: DesiredOrganization, read: ReadOptions) async throws -> LiveOrganization {
        try await reader.readOrganization(organization, options: read)
    }

    /// The outcome of planning one organization.
    enum OrganizationResult: Sendable {
        case planned(OrganizationPlan, LiveOrganization, Inventory?)
        case failed(OrganizationFailure)
    }
}
