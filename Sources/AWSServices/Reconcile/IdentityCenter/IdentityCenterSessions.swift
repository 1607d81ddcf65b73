import AWSClient
import OperatorSupport
import OrgModel
import Synchronization

/// Where each organization's Identity Center calls go: its management account, or its delegated administrator.
///
/// With `identityCenter.delegatedAdministrator`, Identity Center is managed
/// from that member account, so its calls are signed there. The role assumed
/// follows the organization's own access pattern, so one trust setup serves both:
/// * with `spec.access.roleArn` (`arn:aws:iam::<management>:role/<path/name>`),
///   the same role path and name in the delegated account, with the same
///   external ID, assumed from the operator's own credentials;
/// * without it (the operator *is* the management account), the
///   `OrganizationAccountAccessRole` Organizations creates in every member,
///   assumed from the management account's credentials.
/// Clients keep the organization's name as their scope, so the `assignments`
/// permit (10 in flight) and the Identity Center rate (20/s) are shared by
/// everything done for the organization, read and apply alike. The instance
/// found by the reader is remembered here for the applier of the same pass.
public final class IdentityCenterSessions: Sendable {
    /// The organizations' sessions (management-account clients).
    public let organizations: OrganizationSessions
    private let clock: any OperatorClock
    private let state: Mutex<State>

    private struct State {
        var clients: [String: (key: String, client: AWSClient)] = [:]
        var instances: [String: IdentityCenterInstance] = [:]
        var delegated: [String: String] = [:]
    }

    /// Creates the factory over the organizations' sessions.
    public init(organizations: OrganizationSessions, clock: any OperatorClock) {
        self.organizations = organizations
        self.clock = clock
        self.state = Mutex(State())
    }

    /// Records the delegated administrator's account ID (resolved by the reader from the manifests and live accounts).
    public func recordDelegatedAdministrator(_ accountId: String?, for organization: String) {
        state.withLock { $0.delegated[organization] = accountId }
    }

    /// The client Identity Center calls of `organization` are signed with.
    public func client(for organization: DesiredOrganization) -> AWSClient {
        let session = organizations.session(for: organization)
        let delegated = state.withLock { $0.delegated[organization.name] }
            ?? organization.identityCenter?.delegatedAdministrator?.accountId
        guard let delegated, delegated != organization.managementAccountId else { return session.client }
        let key = "\(delegated)|\(organization.access?.roleArn ?? "")|\(organization.access?.externalId ?? "")"
        return state.withLock { state in
            if let cached = state.clients[organization.name], cached.key == key { return cached.client }
            let client = makeClient(organization, delegatedAccount: delegated, session: session)
            state.clients[organization.name] = (key, client)
            return client
        }
    }

    /// The role ARN assumed in the delegated administrator account (see the type's documentation).
    public static func delegatedRoleArn(access: OrganizationAccess?, account: String) -> String {
        guard let access, let range = access.roleArn.range(of: ":role/") else {
            return "arn:aws:iam::\(account):role/OrganizationAccountAccessRole"
        }
        return "arn:aws:iam::\(account):role/" + access.roleArn[range.upperBound...]
    }

    private func makeClient(_ organization: DesiredOrganization, delegatedAccount: String,
                            session: OrganizationSession) -> AWSClient {
        let base = organizations.base
        let source = organization.access == nil ? session.client.configuration.credentials : base.configuration.credentials
        let provider = AssumeRoleCredentialProvider(
            roleArn: Self.delegatedRoleArn(access: organization.access, account: delegatedAccount),
            sessionName: OrganizationSessions.sessionName(for: organization.name),
            externalId: organization.access?.externalId, source: source, sts: base.sts)
        return base.with(credentials: provider.cached(clock: clock), scope: organization.name)
    }

    /// SSO Admin in the organization's region.
    public func ssoAdmin(for organization: DesiredOrganization) -> SSOAdminAPI {
        SSOAdminAPI(client: client(for: organization), region: organization.region)
    }

    /// Identity Store in the organization's region.
    public func identityStore(for organization: DesiredOrganization) -> IdentityStoreAPI {
        IdentityStoreAPI(client: client(for: organization), region: organization.region)
    }

    /// The instance: `identityCenter.instanceArn` (and store ID) when both are declared, else found by ListInstances
    /// (the declared ARN, or the only/first instance); remembered for the rest of the pass.
    public func instance(for organization: DesiredOrganization) async throws -> IdentityCenterInstance {
        if let known = state.withLock({ $0.instances[organization.name] }) { return known }
        let settings = organization.identityCenter
        if let arn = settings?.instanceArn, let store = settings?.identityStoreId {
            let instance = IdentityCenterInstance(instanceArn: arn, identityStoreId: store)
            state.withLock { $0.instances[organization.name] = instance }
            return instance
        }
        let instances = try await ssoAdmin(for: organization).listAllInstances()
        let chosen = settings?.instanceArn.map { arn in instances.first { $0.instanceArn == arn } }
            ?? instances.first { $0.status == nil || $0.status == "ACTIVE" }
        guard let chosen, let arn = chosen.instanceArn, let store = chosen.identityStoreId else {
            let wanted = settings?.instanceArn.map { "instance '\($0)'" } ?? "an identity center instance"
            throw IdentityCenterReconcileError(
                code: IdentityCenterReconcileError.Code.noInstance, organization: organization.name,
                resource: "identity-center", operation: "ListInstances",
                message: "found no \(wanted) in region \(organization.region); enable identity center there "
                    + "or set identityCenter.instanceArn")
        }
        let instance = IdentityCenterInstance(instanceArn: arn, identityStoreId: settings?.identityStoreId ?? store)
        state.withLock { $0.instances[organization.name] = instance }
        return instance
    }

    /// Forgets remembered instances (a new pass rediscovers them).
    public func forgetInstances() {
        state.withLock { $0.instances = [:] }
    }

    /// Forgets the remembered instance of one organization: each read discovers it afresh, its applier reuses it.
    public func forgetInstance(of organization: String) {
        _ = state.withLock { $0.instances.removeValue(forKey: organization) }
    }
}

/// An Identity Center instance and its identity store.
public struct IdentityCenterInstance: Sendable, Hashable {
    /// `arn:aws:sso:::instance/ssoins-…`.
    public var instanceArn: String
    /// `d-…`.
    public var identityStoreId: String

    /// Creates a value.
    public init(instanceArn: String, identityStoreId: String) {
        self.instanceArn = instanceArn
        self.identityStoreId = identityStoreId
    }
}
