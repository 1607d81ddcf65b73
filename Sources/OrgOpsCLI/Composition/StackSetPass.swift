import AWSServices
import Foundation
import OperatorSupport
import OrgModel

/// The StackSets step of `plan` and `apply`: stack sets and their instances, planned after the
/// Organizations differ (targets expand over the organization as it will be after this pass),
/// drift detection when due, and the applier that runs the operations.
///
/// The detector and the applier share one `StackSetOperationQueue`, because AWS runs one
/// operation per stack set at a time. Secret parameters are resolved by the applier from the
/// environment (or the files it names) only when an operation is sent, so they never reach
/// the plan, its file or any output.
public struct StackSetPass: Sendable {
    /// Each organization's session.
    public let sessions: OrganizationSessions
    /// The clock of operation waits and of the drift schedule.
    public let clock: any OperatorClock
    /// The process environment, where `secretParameters` come from.
    public let environment: [String: String]
    /// `--detect-stack-drift` and `--stack-drift-interval`.
    public let drift: StackDriftSettings
    /// When drift detection last ran, per organization and stack set.
    public let runs: StackDriftRunStore
    /// Serializes operations per stack set across the detector and the applier.
    public let queue: StackSetOperationQueue
    /// Reads stack sets and instances (CloudFormation unless told otherwise).
    public let reader: any StackSetReader

    /// Creates the step.
    public init(sessions: OrganizationSessions, clock: any OperatorClock, environment: [String: String],
                drift: StackDriftSettings, runs: StackDriftRunStore, reader: (any StackSetReader)? = nil) {
        self.sessions = sessions
        self.clock = clock
        self.environment = environment
        self.drift = drift
        self.runs = runs
        self.queue = StackSetOperationQueue()
        self.reader = reader ?? CloudFormationStackSetReader(sessions: sessions)
    }

    /// `organizationPlan` with the stack-set actions and cross-kind dependencies merged in, drift
    /// reports in its notes. An organization without StackSet manifests is still read (ListStackSets, and
    /// DescribeStackSet per set for its tags), so that removing the last manifest prunes or reports the sets
    /// it owns; one that does not exist yet gets a note when it declares stack sets (they are planned on the
    /// next pass, once it exists), and is returned unchanged when it declares none.
    /// Detection times are recorded as soon as detection ran, so the schedule holds for `plan` too.
    /// - Throws: `StackSetReconcileError` of the read or the detection, `CommandError` of the record.
    public func plan(_ organization: DesiredOrganization, live: LiveOrganization, organizationPlan: OrganizationPlan,
                     options: PlanOptions) async throws -> OrganizationPlan {
        try await planReportingDrift(organization, live: live, organizationPlan: organizationPlan, options: options).plan
    }

    /// `plan`, with the drift reports as values as well as notes, for the loop's status; with
    /// `detectDrift` false no detection runs whatever the schedule (the loop's verify re-plan).
    /// - Throws: `StackSetReconcileError` of the read or the detection, `CommandError` of the record.
    public func planReportingDrift(_ organization: DesiredOrganization, live: LiveOrganization,
                                   organizationPlan: OrganizationPlan, options: PlanOptions,
                                   detectDrift: Bool = true) async throws -> (plan: OrganizationPlan,
                                                                              drift: [StackSetDriftReport]) {
        guard live.exists else {
            guard !organization.stackSets.isEmpty else { return (organizationPlan, []) }
            var deferred = organizationPlan
            deferred.notes.append("stack sets are planned once the organization exists (the next pass)")
            return (deferred, [])
        }
        let detector = detectDrift ? StackSetDriftDetector(sessions: sessions, clock: clock, queue: queue) : nil
        let planner = StackSetPlanner(reader: reader, detector: detector)
        let request = StackSetPlanner.DriftRequest(schedule: StackDriftSchedule(interval: drift.interval),
                                                   lastRuns: runs.load(organization.name), onDemand: drift.onDemand)
        let result = try await planner.plan(organization: organization, live: live, organizationPlan: organizationPlan,
                                            options: options, drift: request)
        try runs.record(result.driftDetected, at: clock.now(), organization: organization.name)
        return (result.plan, result.stackSets.drift)
    }

    /// A router sending `.stackSet` actions to the StackSets applier, the rest to `others`.
    public func applier(routing others: any ChangeApplier) -> any ChangeApplier {
        RoutingChangeApplier(.stackSets,
                             to: StackSetChangeApplier(sessions: sessions, clock: clock,
                                                       secrets: EnvironmentSecretResolver(environment: environment),
                                                       queue: queue),
                             others: others)
    }
}
