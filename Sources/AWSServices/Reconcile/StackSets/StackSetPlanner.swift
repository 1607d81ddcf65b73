import Foundation
import OrgModel

/// The StackSets half of one organization's plan pass: read, detect drift when due, diff, merge.
///
/// What the `plan`/`apply` commands call after the Organizations differ:
/// `plan(...)` returns the organization plan with the stack-set actions and
/// their cross-kind dependencies merged in, the drift reports for status, and
/// the names of the sets whose drift detection ran (to record with the time
/// in status, the input of the next `StackDriftSchedule.isDue`).
public struct StackSetPlanner: Sendable {
    /// Reads stack sets.
    public let reader: any StackSetReader
    /// Runs drift detection; nil never detects.
    public let detector: StackSetDriftDetector?

    /// Creates a planner.
    public init(reader: any StackSetReader, detector: StackSetDriftDetector?) {
        self.reader = reader
        self.detector = detector
    }

    /// When drift detection runs in this pass.
    public struct DriftRequest: Sendable {
        /// `--stack-drift-interval`.
        public var schedule: StackDriftSchedule
        /// Last detection per stack-set name, from status.
        public var lastRuns: [String: Date]
        /// `--detect-stack-drift`.
        public var onDemand: Bool

        /// Creates a request.
        public init(schedule: StackDriftSchedule = StackDriftSchedule(), lastRuns: [String: Date] = [:],
                    onDemand: Bool = false) {
            self.schedule = schedule
            self.lastRuns = lastRuns
            self.onDemand = onDemand
        }
    }

    /// What one pass found.
    public struct Result: Sendable {
        /// The organization plan with stack-set actions merged in.
        public var plan: OrganizationPlan
        /// The stack-set part alone (drift reports, notes).
        public var stackSets: StackSetPlan
        /// Sets whose drift detection ran in this pass.
        public var driftDetected: [String]
    }

    /// The error codes of a role that may not read CloudFormation (query protocol: `AccessDenied`).
    static let accessDeniedCodes: Set<String> = ["AccessDenied", "AccessDeniedException"]

    /// Plans the stack sets of `organization` and merges them into `organizationPlan`.
    ///
    /// An organization without StackSet manifests is read too (so removing the last manifest prunes what
    /// orgops owns); when its role may not read CloudFormation, that is a plan note, not a failure.
    public func plan(organization: DesiredOrganization, live: LiveOrganization, organizationPlan: OrganizationPlan,
                     options: PlanOptions, drift: DriftRequest = DriftRequest()) async throws -> Result {
        var sets: [LiveStackSet]
        do {
            sets = try await reader.readStackSets(organization, ownerTagKey: options.ownerTagKey)
        } catch let denied as StackSetReconcileError
                    where organization.stackSets.isEmpty && Self.accessDeniedCodes.contains(denied.code) {
            // An organization that declares no stack set kept working without CloudFormation permissions.
            var plan = organizationPlan
            plan.notes.append("stack sets were not read (\(denied.operation): \(denied.code)); stack sets orgops owns "
                + "there are neither pruned nor reported")
            return Result(plan: plan, stackSets: StackSetPlan(), driftDetected: [])
        }
        var ran: [String] = []
        if let detector {
            (sets, ran) = try await detector.detectIfDue(sets, in: organization, schedule: drift.schedule,
                                                         lastRuns: drift.lastRuns, onDemand: drift.onDemand)
        }
        let universe = StackSetTargetUniverse.projected(desired: organization, live: live)
        let stackSets = StackSetDiffer.plan(desired: organization, live: sets, universe: universe, options: options)
        let merged = StackSetPlanMerge.merge(stackSets, into: organizationPlan, universe: universe, live: live,
                                             options: options)
        return Result(plan: merged, stackSets: stackSets, driftDetected: ran)
    }
}
