import AWSClient
import Foundation
import OperatorSupport
import OrgModel

/// Runs DetectStackSetDrift for the stack sets that are due, and reads which instances and resources drifted.
///
/// Drift detection is itself a stack-set operation, so it takes the set's turn
/// in the same `StackSetOperationQueue` as the applier. The result is put on
/// the `LiveStackSet` (`drift`), where the differ reports it and, with
/// `driftRemediation: reapply`, plans a redeploy of the drifted instances.
public struct StackSetDriftDetector: Sendable {
    /// Where each organization's client comes from.
    public let sessions: OrganizationSessions
    /// The clock waits sleep on and `now` is read from.
    public let clock: any OperatorClock
    /// How the detection operation is polled.
    public var wait: WaitPolicy
    /// Shared with the applier so detection never overlaps another operation on the set.
    public let queue: StackSetOperationQueue

    /// Creates a detector.
    public init(sessions: OrganizationSessions, clock: any OperatorClock, wait: WaitPolicy = .stackSetOperation,
                queue: StackSetOperationQueue = StackSetOperationQueue()) {
        self.sessions = sessions
        self.clock = clock
        self.wait = wait
        self.queue = queue
    }

    /// The sets with `drift` filled for those due; the others unchanged.
    /// - Parameters:
    ///   - sets: what the reader returned.
    ///   - organization: their organization.
    ///   - schedule: the interval (`--stack-drift-interval`).
    ///   - lastRuns: when detection last ran per stack-set name (from status); absent = never.
    ///   - onDemand: `--detect-stack-drift`.
    /// - Returns: the sets, and the names detection ran for (to record in status with `clock.now()`).
    public func detectIfDue(_ sets: [LiveStackSet], in organization: DesiredOrganization, schedule: StackDriftSchedule,
                            lastRuns: [String: Date], onDemand: Bool) async throws -> (sets: [LiveStackSet], ran: [String]) {
        var out: [LiveStackSet] = []
        var ran: [String] = []
        // Only declared sets: an owned set no manifest names is deleted or kept, never remediated.
        let declared = Set(organization.stackSets.map(\.stackSetName))
        for var set in sets {
            if declared.contains(set.name), !set.instances.isEmpty, schedule.isDue(lastRun: lastRuns[set.name], now: clock.now(), onDemand: onDemand) {
                set.drift = try await detect(set, in: organization)
                ran.append(set.name)
            }
            out.append(set)
        }
        return (out, ran)
    }

    /// Runs one detection and lists the drifted instances with their drifted resources.
    public func detect(_ set: LiveStackSet, in organization: DesiredOrganization) async throws -> LiveStackSetDrift {
        let session = sessions.session(for: organization)
        let api = CloudFormationAPI(client: session.client, region: session.region)
        let callAs = set.callAs == "SELF" ? nil : set.callAs
        let name = set.name
        let wait = wait
        let clock = clock
        do {
            return try await queue.run("\(organization.name)/\(name)") {
                let started = try await api.detectStackSetDrift(.init(stackSetName: name, callAs: callAs))
                guard let operationId = started.operationId else {
                    throw AWSServicesError.missingMember(service: "cloudformation", operation: "DetectStackSetDrift",
                                                         member: "OperationId")
                }
                _ = try await api.waitForStackSetOperation(stackSetName: name, operationId: operationId, callAs: callAs,
                                                           policy: wait, clock: clock)
                let instances = try await api.listAllStackInstances(.init(
                    stackSetName: name, filters: [.init(name: "DRIFT_STATUS", values: "DRIFTED")], callAs: callAs))
                var drifted: [DriftedStackInstance] = []
                for instance in instances where instance.driftStatus == "DRIFTED" {
                    guard let account = instance.account, let region = instance.region else { continue }
                    let resources = try await api.listStackInstanceResourceDrifts(.init(
                        stackSetName: name, stackInstanceResourceDriftStatuses: ["MODIFIED", "DELETED"],
                        stackInstanceAccount: account, stackInstanceRegion: region, operationId: operationId,
                        callAs: callAs))
                    let lines = (resources.summaries ?? []).map { summary in
                        "\(summary.logicalResourceId ?? "?") (\(summary.resourceType ?? "?")): "
                            + (summary.stackResourceDriftStatus ?? "MODIFIED")
                    }.sorted()
                    drifted.append(DriftedStackInstance(account: account, region: region, resources: lines))
                }
                return LiveStackSetDrift(operationId: operationId, instances: drifted)
            }
        } catch {
            throw StackSetReconcileError.wrap(error, organization: organization.name, stackSet: name,
                                              operation: "DetectStackSetDrift")
        }
    }
}
