import AWSServices
import OperatorSupport
import OrgModel
import Reconciler

/// The loop's organization ports over AWS: one reader, one router applying every kind's actions, and
/// the Identity Center and StackSets extensions, all over sessions that assume each organization's
/// `spec.access.roleArn` (or use the operator's own credentials).
///
/// One value per `orgops run` process, so what must outlive a pass does: the assumed-role clients, the
/// StackSet operation queue (AWS runs one operation per set, and a detection of one pass must not race
/// an apply of the next), and the drift-run record.
struct RunConnector: OrganizationConnector {
    /// Reads every organization through its session.
    let reader: any LiveStateReader
    /// Applies every organization's actions: StackSets, Identity Center, then Organizations.
    let applier: any ChangeApplier
    /// Identity Center, then StackSets, planned after the Organizations differ.
    let extensions: [any PlanExtension]

    /// Creates the ports from their parts (tests, or a pass without the other kinds).
    init(reader: any LiveStateReader, applier: any ChangeApplier, extensions: [any PlanExtension] = []) {
        self.reader = reader
        self.applier = applier
        self.extensions = extensions
    }

    /// The ports of every kind over `sessions`, reusing the passes `plan` and `apply` use.
    /// - Parameters:
    ///   - environment: where `secretParameters` are read from when an operation is sent.
    ///   - drift: `--stack-drift-interval` (never on demand in the loop).
    ///   - runs: where the detection times are kept across restarts.
    init(sessions: OrganizationSessions, clock: any OperatorClock, environment: [String: String],
         drift: StackDriftSettings, runs: StackDriftRunStore) {
        let identityCenter = IdentityCenterPass(sessions: IdentityCenterSessions(organizations: sessions, clock: clock),
                                                clock: clock)
        let stackSets = StackSetPass(sessions: sessions, clock: clock, environment: environment, drift: drift, runs: runs)
        let organizations = OrganizationsChangeApplier(sessions: sessions, clock: clock)
        self.init(reader: OrganizationsLiveReader(sessions: sessions),
                  applier: stackSets.applier(routing: identityCenter.applier(routing: organizations)),
                  extensions: [IdentityCenterPlanExtension(pass: identityCenter), StackSetPlanExtension(pass: stackSets)])
    }

    func ports(for organization: DesiredOrganization) async throws -> OrganizationPorts {
        OrganizationPorts(reader: reader, applier: applier, extensions: extensions)
    }
}
