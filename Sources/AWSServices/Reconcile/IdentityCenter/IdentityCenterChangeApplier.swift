import AWSClient
import OperatorSupport
import OrgModel
import Synchronization

/// Carries out planned Identity Center actions over AWS.
///
/// Every action is safe to repeat (an apply killed half-way is finished by
/// the next pass): "already so" answers (`ConflictException` on an attach or
/// a create, `ResourceNotFoundException` on a detach or delete) count as done,
/// and a create that finds its permission set already there takes its ARN.
/// Assignment creations and deletions hold one of the client's `assignments`
/// permits (10 per organization) from the request to the end of the wait;
/// provisioning is waited for too. A request that ends `FAILED` is thrown with
/// AWS's reason; the next pass plans it again. ARNs of permission sets created
/// in this apply are remembered by name for the actions that follow them.
public struct IdentityCenterChangeApplier: ChangeApplier {
    /// Where each organization's Identity Center client and instance come from.
    public let sessions: IdentityCenterSessions
    /// The clock every wait sleeps on.
    public let clock: any OperatorClock
    /// How assignment and provisioning requests are polled.
    public var wait: WaitPolicy
    let arns: PermissionSetArns

    /// Creates an applier.
    public init(sessions: IdentityCenterSessions, clock: any OperatorClock, wait: WaitPolicy = .identityCenter) {
        self.sessions = sessions
        self.clock = clock
        self.wait = wait
        self.arns = PermissionSetArns()
    }

    /// Carries out `action`; anything not an Identity Center action is refused.
    public func apply(_ action: PlannedAction, in organization: DesiredOrganization,
                      context: ApplyContext) async throws -> ActionOutcome {
        guard case .identityCenter(let kind) = action.kind else {
            throw ApplyError(code: "not-an-identity-center-action",
                             message: "'\(action.kind.verb) \(action.resource.display)' is an organizations action; "
                                 + "route it to OrganizationsChangeApplier")
        }
        do {
            let instance = try await sessions.instance(for: organization)
            let step = IdentityCenterApplyStep(organization: organization.name, api: sessions.ssoAdmin(for: organization),
                                               instanceArn: instance.instanceArn, context: context, arns: arns,
                                               clock: clock, wait: wait)
            return try await step.perform(kind)
        } catch let error as ApplyError {
            throw error
        } catch {
            throw IdentityCenterReconcileError.wrap(error, organization: organization.name,
                                                    resource: action.resource.display, operation: kind.verb)
        }
    }
}

/// Permission set name → ARN, per organization, for permission sets created or looked up during an apply.
final class PermissionSetArns: Sendable {
    private let known = Mutex<[String: String]>([:])

    func record(_ arn: String, name: String, organization: String) {
        known.withLock { $0["\(organization)/\(name)"] = arn }
    }

    func arn(name: String, organization: String) -> String? {
        known.withLock { $0["\(organization)/\(name)"] }
    }
}
