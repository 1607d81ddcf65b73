import AWSClient
import OperatorSupport
import OrgModel

/// Carries out planned StackSets actions over CloudFormation, one operation per set at a time.
///
/// Each action runs in its set's turn of `StackSetOperationQueue`, so sets run
/// in parallel while one set's operations never overlap. Before starting, it
/// waits for an operation already running on the set (one left by an earlier
/// pass, or started by hand); `OperationInProgressException` that still
/// slips through (the client retries it first) is waited out the same way.
/// Every operation is waited for; one that fails for some instances throws
/// `StackSetReconcileError` with each failed account's reason from
/// ListStackSetOperationResults, the other instances being done. Templates
/// are sent as read from the repository (checked against the plan's hash);
/// secret values come from the resolver at this moment and go only into the
/// request. An adoption (`adopt: true`) is the set's UpdateStackSet, checked
/// first against a tag another organization may have put on the set since the
/// plan (`StackSetChangeApplier+Adoption.swift`).
public struct StackSetChangeApplier: ChangeApplier {
    /// Where each organization's client comes from.
    public let sessions: OrganizationSessions
    /// The clock every wait sleeps on.
    public let clock: any OperatorClock
    /// Where `secretParameters` values come from.
    public let secrets: any StackSetSecretResolver
    /// How operations are polled.
    public var wait: WaitPolicy
    /// The per-set queue (shared by every apply of this applier).
    public let queue: StackSetOperationQueue

    /// Creates an applier.
    public init(sessions: OrganizationSessions, clock: any OperatorClock, secrets: any StackSetSecretResolver,
                wait: WaitPolicy = .stackSetOperation, queue: StackSetOperationQueue = StackSetOperationQueue()) {
        self.sessions = sessions
        self.clock = clock
        self.secrets = secrets
        self.wait = wait
        self.queue = queue
    }

    /// Carries out one `.stackSet` action; other kinds are refused (they belong to another applier).
    public func apply(_ action: PlannedAction, in organization: DesiredOrganization,
                      context: ApplyContext) async throws -> ActionOutcome {
        guard case .stackSet(let kind) = action.kind else {
            throw ApplyError(code: "wrong-applier", message: "'\(action.id)' is not a stack set action")
        }
        let session = sessions.session(for: organization)
        let step = StackSetStep(api: CloudFormationAPI(client: session.client, region: session.region),
                                organization: organization, identity: kind.identity, context: context,
                                clock: clock, wait: wait, secrets: secrets)
        do {
            return try await queue.run("\(organization.name)/\(kind.identity.stackSetName)") {
                try await step.waitForRunningOperation()
                if case .update(let definition) = kind { try await confirmAdoptable(definition, step: step) }
                return try await step.perform(kind)
            }
        } catch let error as ApplyError {
            throw error
        } catch {
            throw StackSetReconcileError.wrap(error, organization: organization.name,
                                              stackSet: kind.identity.stackSetName, operation: kind.verb)
        }
    }
}
