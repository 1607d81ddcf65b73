import AWSServices
import OperatorSupport
import OrgModel

/// The Identity Center step of `plan` and `apply`: permission sets, assignments and ABAC,
/// planned after the Organizations differ from the same snapshot (an OU target means the
/// accounts beneath it as they will be after this pass) and applied by their own applier.
///
/// One value per command run, so the instance lookup and the principal cache of
/// `IdentityCenterSessions` are shared by the plan's read and the apply.
public struct IdentityCenterPass: Sendable {
    /// Each organization's Identity Center clients, instance and delegated administrator.
    public let sessions: IdentityCenterSessions
    /// Reads permission sets, provisioned accounts and assignments.
    public let reader: any IdentityCenterReader
    /// The clock assignment and provisioning waits sleep on.
    public let clock: any OperatorClock

    /// Creates the step over `sessions`, reading with `IdentityCenterLiveReader` unless told otherwise.
    public init(sessions: IdentityCenterSessions, clock: any OperatorClock, reader: (any IdentityCenterReader)? = nil) {
        self.sessions = sessions
        self.clock = clock
        self.reader = reader ?? IdentityCenterLiveReader(sessions: sessions)
    }

    /// `organizationPlan` with the Identity Center actions merged in. An organization that declares
    /// nothing of Identity Center is still read cheaply (ListInstances,
    /// ListPermissionSets, tags) so that removing its last manifest prunes or reports what orgops owns.
    /// - Throws: the reader's `IdentityCenterReconcileError` (an unknown principal names it).
    public func plan(_ organization: DesiredOrganization, live: LiveOrganization, organizationPlan: OrganizationPlan,
                     options: PlanOptions) async throws -> OrganizationPlan {
        try await IdentityCenterPlanner.plan(desired: organization, live: live, organizationPlan: organizationPlan,
                                             reader: reader, options: options)
    }

    /// A router sending `.identityCenter` actions to the Identity Center applier, the rest to `others`.
    public func applier(routing others: any ChangeApplier) -> any ChangeApplier {
        RoutingChangeApplier(organizations: others,
                             identityCenter: IdentityCenterChangeApplier(sessions: sessions, clock: clock))
    }
}
