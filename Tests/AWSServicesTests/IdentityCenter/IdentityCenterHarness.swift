import AWSClient
import AWSServices
import Foundation
import OperatorSupport
import OrgModel
import TestSupport

/// The Identity Center suites' own AWS test server, so resets by other suites never reach it.
actor IdentityCenterBackend {
    static let shared = IdentityCenterBackend()
    private var backend: AWSBackend?

    func get() async throws -> AWSBackend {
        if let backend, backend.isRunning { return backend }
        let started = try await AWSBackend.start()
        backend = started
        return started
    }
}

/// Raw Identity Store `CreateGroup` / `CreateUser` bodies: test setup only (the operator never creates principals).
private struct CreateGroupBody: Encodable, Sendable {
    let IdentityStoreId: String
    let DisplayName: String
}

private struct CreateGroupOutput: Decodable, Sendable {
    let GroupId: String
}

private struct CreateUserBody: Encodable, Sendable {
    struct Name: Encodable, Sendable {
        let GivenName: String
        let FamilyName: String
    }
    let IdentityStoreId: String
    let UserName: String
    let DisplayName: String
    let Name: Name
}

private struct CreateUserOutput: Decodable, Sendable {
    let UserId: String
}

/// One Identity Center test's view of the server: signatures checked, management accounts behind AssumeRole,
/// a full pass (read → plan → apply) done the way the operator does it.
struct IdentityCenterHarness {
    static let operatorAccount = "999999999999"

    let backend: AWSBackend
    let base: AWSClient
    let clock: any OperatorClock
    let sessions: OrganizationSessions
    let identityCenter: IdentityCenterSessions

    /// Runs `body` with the suites' server to itself (reset), the operator and `managementAccounts` bootstrapped
    /// (role `orgops`) and signature checking on.
    static func exclusive<T>(managementAccounts: [String], retry: RetryPolicy = .standard,
                             isolation: isolated (any Actor)? = #isolation,
                             _ body: (IdentityCenterHarness) async throws -> T) async throws -> T {
        let backend = try await IdentityCenterBackend.shared.get()
        return try await backend.exclusive(seed: 7, isolation: isolation) { backend in
            let keys = try await backend.bootstrap(accountId: operatorAccount, roleName: "orgops")
            for account in managementAccounts { _ = try await backend.bootstrap(accountId: account, roleName: "orgops") }
            try await backend.setAuth(enforced: true)
            let clock = ManualClock()
            let configuration = AWSClient.Configuration(
                credentials: StaticCredentialProvider(AWSCredentials(accessKeyId: keys.accessKeyId,
                                                                     secretAccessKey: keys.secretAccessKey)),
                region: "us-east-1",
                endpoints: EndpointResolver(environment: ["AWS_ENDPOINT_URL": backend.endpoint.absoluteString],
                                            sharedConfig: SharedConfig(), profile: nil),
                retry: retry, clock: clock, random: { 0.5 }, scope: "operator")
            let base = AWSClient(configuration: configuration)
            let sessions = OrganizationSessions(base: base, clock: clock)
            return try await body(IdentityCenterHarness(
                backend: backend, base: base, clock: clock, sessions: sessions,
                identityCenter: IdentityCenterSessions(organizations: sessions, clock: clock)))
        }
    }

    /// The same operator on the same server with another clock (a real one paces calls at AWS's rates).
    func with(clock: any OperatorClock) -> IdentityCenterHarness {
        var configuration = base.configuration
        configuration.clock = clock
        let client = AWSClient(configuration: configuration)
        let sessions = OrganizationSessions(base: client, clock: clock)
        return IdentityCenterHarness(backend: backend, base: client, clock: clock, sessions: sessions,
                                     identityCenter: IdentityCenterSessions(organizations: sessions, clock: clock))
    }

    /// The organization `name` of the manifests in `texts` (path → YAML), which must load without errors.
    static func organization(_ name: String, _ texts: [String: String]) throws -> DesiredOrganization {
        try organization(name, ManifestLoader.load(files: InMemoryRepositoryFiles(texts: texts)))
    }

    /// The organization `name` of a load result.
    static func organization(_ name: String, _ result: LoadResult) throws -> DesiredOrganization {
        guard let organization = result.desired?.organizations[name] else {
            throw AWSServicesError(code: "ManifestsInvalid",
                                   message: result.diagnostics.map { "\($0.code): \($0.message)" }.joined(separator: "; "))
        }
        return organization
    }

    /// Reads both services and plans the organization, Identity Center merged in.
    func plan(_ organization: DesiredOrganization) async throws -> (plan: OrganizationPlan, live: LiveOrganization,
                                                                   center: LiveIdentityCenter) {
        let live = try await OrganizationsLiveReader(sessions: sessions).readOrganization(organization, options: .full)
        let organizationPlan = OrganizationDiffer.plan(desired: organization, live: live, options: PlanOptions(maxDeletions: 1000))
        let center = try await IdentityCenterLiveReader(sessions: identityCenter).readIdentityCenter(
            organization, request: IdentityCenterReadRequest(organization: organization, live: live))
        let merged = IdentityCenterDiffer.merge(desired: organization, live: live, identityCenter: center,
                                                into: organizationPlan, options: PlanOptions(maxDeletions: 1000))
        return (merged, live, center)
    }

    /// One pass: plan, then apply every action once its dependencies succeeded; returns the plan and failures.
    @discardableResult
    func converge(_ organization: DesiredOrganization) async throws -> (plan: OrganizationPlan, failures: [String: String]) {
        let (plan, live, _) = try await self.plan(organization)
        let applier = RoutingChangeApplier(
            organizations: OrganizationsChangeApplier(sessions: sessions, clock: clock),
            identityCenter: IdentityCenterChangeApplier(sessions: identityCenter, clock: clock))
        let failures = await IdentityCenterHarness.execute(plan, organization: organization, applier: applier,
                                                           context: ApplyContext(live: live))
        return (plan, failures)
    }

    /// Runs a plan in dependency waves, each wave concurrently (the client enforces AWS's limits).
    static func execute(_ plan: OrganizationPlan, organization: DesiredOrganization, applier: any ChangeApplier,
                        context: ApplyContext) async -> [String: String] {
        var done = Set<String>()
        var failures: [String: String] = [:]
        var pending = plan.actions
        while !pending.isEmpty {
            let blocked = pending.filter { $0.dependsOn.contains { failures[$0] != nil } }
            for action in blocked { failures[action.id] = "skipped: a dependency failed" }
            pending.removeAll { failures[$0.id] != nil }
            let ready = pending.filter { $0.dependsOn.allSatisfy(done.contains) }
            guard !ready.isEmpty else {
                for action in pending { failures[action.id] = "skipped: dependencies never ran" }
                break
            }
            let results = await withTaskGroup(of: (String, String?).self) { group in
                for action in ready {
                    group.addTask {
                        do {
                            _ = try await applier.apply(action, in: organization, context: context)
                            return (action.id, nil)
                        } catch {
                            return (action.id, "\(error)")
                        }
                    }
                }
                var out: [(String, String?)] = []
                for await result in group { out.append(result) }
                return out
            }
            for (id, failure) in results {
                if let failure { failures[id] = failure } else { done.insert(id) }
            }
            let finished = Set(results.map(\.0))
            pending.removeAll { finished.contains($0.id) }
        }
        return failures
    }

    /// The SSO Admin client and instance of an organization, for edits "in the console".
    func console(_ organization: DesiredOrganization) async throws -> (api: SSOAdminAPI, instance: IdentityCenterInstance) {
        (identityCenter.ssoAdmin(for: organization), try await identityCenter.instance(for: organization))
    }

    /// Creates a group in the organization's identity store; returns its ID.
    func createGroup(_ name: String, in organization: DesiredOrganization) async throws -> String {
        let (api, instance) = try await console(organization)
        let output: CreateGroupOutput = try await api.client.json(
            .identityStore, "CreateGroup", input: CreateGroupBody(IdentityStoreId: instance.identityStoreId, DisplayName: name))
        return output.GroupId
    }

    /// Creates a user in the organization's identity store; returns its ID.
    func createUser(_ name: String, in organization: DesiredOrganization) async throws -> String {
        let (api, instance) = try await console(organization)
        let output: CreateUserOutput = try await api.client.json(
            .identityStore, "CreateUser",
            input: CreateUserBody(IdentityStoreId: instance.identityStoreId, UserName: name, DisplayName: name,
                                  Name: .init(GivenName: "On", FamilyName: "Call")))
        return output.UserId
    }

    /// Identity Center attempts per operation (signing name `sso` and `identitystore`) made by the client family.
    func identityCenterCalls() -> [String: Int] {
        var out: [String: Int] = [:]
        for entry in base.calls.snapshot() where entry.service == "sso" || entry.service == "identitystore"
            || entry.service == "sso-admin" || entry.service == "identity-store" {
            out["\(entry.service):\(entry.operation)", default: 0] += entry.attempts
        }
        return out
    }
}
