import AWSClient
import AWSServices
import Foundation
import OperatorSupport
import OrgModel
import Reconciler
import TestSupport

/// The StackSets suites' own AWS test server, so resets by other suites never reach it.
actor StackSetBackend {
    static let shared = StackSetBackend()
    private var backend: AWSBackend?

    func get() async throws -> AWSBackend {
        if let backend, backend.isRunning { return backend }
        let started = try await AWSBackend.start()
        backend = started
        return started
    }
}

/// One StackSets test's view of the server: signatures checked, management accounts behind AssumeRole,
/// and a whole plan pass (Organizations and StackSets) as the `plan`/`apply` commands run it.
struct StackSetHarness {
    static let operatorAccount = "999999999999"
    static let secret = "webhook-s3cr3t-value"

    let backend: AWSBackend
    let base: AWSClient
    let clock: ManualClock
    let sessions: OrganizationSessions
    let queue = StackSetOperationQueue()
    let environment: [String: String]

    /// Resets the server, bootstraps `accounts` with role `orgops`, and switches signature checking on.
    static func make(accounts: [String], environment: [String: String] = ["WEBHOOK_TOKEN": secret]) async throws -> StackSetHarness {
        let backend = try await StackSetBackend.shared.get()
        try await backend.reset(seed: 7)
        let keys = try await backend.bootstrap(accountId: operatorAccount, roleName: "orgops")
        for account in accounts { _ = try await backend.bootstrap(accountId: account, roleName: "orgops") }
        try await backend.setAuth(enforced: true)
        let clock = ManualClock()
        let configuration = AWSClient.Configuration(
            credentials: StaticCredentialProvider(AWSCredentials(accessKeyId: keys.accessKeyId,
                                                                 secretAccessKey: keys.secretAccessKey)),
            region: "us-east-1",
            endpoints: EndpointResolver(environment: ["AWS_ENDPOINT_URL": backend.endpoint.absoluteString],
                                        sharedConfig: SharedConfig(), profile: nil),
            retry: .standard, clock: clock, random: { 0.5 }, scope: "operator")
        let base = AWSClient(configuration: configuration)
        return StackSetHarness(backend: backend, base: base, clock: clock,
                               sessions: OrganizationSessions(base: base, clock: clock), environment: environment)
    }

    var wait: WaitPolicy { WaitPolicy(interval: .seconds(1), timeout: .seconds(600)) }
    var detector: StackSetDriftDetector { StackSetDriftDetector(sessions: sessions, clock: clock, wait: wait, queue: queue) }
    var applier: RoutingChangeApplier {
        RoutingChangeApplier(
            .stackSets,
            to: StackSetChangeApplier(sessions: sessions, clock: clock,
                                             secrets: EnvironmentSecretResolver(environment: environment),
                                             wait: wait, queue: queue),
            others: OrganizationsChangeApplier(sessions: sessions, clock: clock))
    }

    /// One plan pass: Organizations read and diff, then stack sets read, drift (when asked), diff and merge.
    func plan(_ organization: DesiredOrganization, drift: StackSetPlanner.DriftRequest = .init(schedule: .init(),
              lastRuns: [:], onDemand: false), detectDrift: Bool = false)
        async throws -> (plan: OrganizationPlan, stackSets: StackSetPlan, live: LiveOrganization) {
        let live = try await OrganizationsLiveReader(sessions: sessions).readOrganization(organization, options: .full)
        let organizationPlan = OrganizationDiffer.plan(desired: organization, live: live, options: PlanOptions())
        let planner = StackSetPlanner(reader: CloudFormationStackSetReader(sessions: sessions),
                                      detector: detectDrift ? detector : nil)
        let result = try await planner.plan(organization: organization, live: live, organizationPlan: organizationPlan,
                                            options: PlanOptions(), drift: drift)
        return (result.plan, result.stackSets, live)
    }

    /// Applies a plan made by `plan`.
    func apply(_ plan: OrganizationPlan, _ organization: DesiredOrganization, live: LiveOrganization) async -> ApplyReport {
        await PlanExecutor(applier: applier).run(plan, organization: organization, context: ApplyContext(live: live))
    }

    /// Plans and applies until nothing is left (at most `passes`); returns the reports.
    @discardableResult
    func converge(_ organization: DesiredOrganization, passes: Int = 3) async throws -> [ApplyReport] {
        var reports: [ApplyReport] = []
        for _ in 0..<passes {
            let (plan, _, live) = try await self.plan(organization)
            if plan.actions.isEmpty { return reports }
            reports.append(await apply(plan, organization, live: live))
        }
        return reports
    }

    /// CloudFormation in the organization's management account and home region.
    func cloudFormation(_ organization: DesiredOrganization) -> CloudFormationAPI {
        let session = sessions.session(for: organization)
        return CloudFormationAPI(client: session.client, region: session.region)
    }

    /// `account/region` of every instance of `name`, sorted.
    func instances(_ organization: DesiredOrganization, _ name: String) async throws -> [String] {
        try await cloudFormation(organization).listAllStackInstances(.init(stackSetName: name))
            .map { "\($0.account ?? "?")/\($0.region ?? "?")" }.sorted()
    }

    /// CloudFormation attempts of `operation` through the base client family.
    func attempts(_ operation: String) -> Int {
        base.calls.snapshot().filter { $0.service == "cloudformation" && $0.operation == operation }
            .reduce(0) { $0 + $1.attempts }
    }

    /// The desired state of `texts`, which must load without errors.
    static func desired(_ texts: [String: String]) throws -> DesiredState {
        let result = ManifestLoader.load(files: InMemoryRepositoryFiles(texts: texts))
        guard let desired = result.desired else {
            throw AWSServicesError(code: "ManifestsInvalid",
                                   message: result.diagnostics.map { "\($0.code): \($0.message)" }.joined(separator: "; "))
        }
        return desired
    }

    /// The one organization of `texts` named `name`.
    static func organization(_ name: String, _ texts: [String: String]) throws -> DesiredOrganization {
        guard let organization = try desired(texts).organizations[name] else {
            throw AWSServicesError(code: "NoSuchOrganization", message: "no organization '\(name)' in the manifests")
        }
        return organization
    }
}

extension StackSetHarness {
    /// Account IDs by AWS account name, as the organization has them now.
    func accountIds(_ organization: DesiredOrganization) async throws -> [String: String] {
        let live = try await OrganizationsLiveReader(sessions: sessions).readOrganization(organization, options: .cheap)
        return Dictionary(live.accounts.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every rendering of a plan (text, markdown, plan file), for secrecy checks.
    static func renderings(_ plan: OrganizationPlan) -> [String] {
        let whole = Plan(sourceRevision: "test", createdAt: Date(timeIntervalSince1970: 0), options: PlanOptions(),
                         organizations: [plan])
        return [PlanTextRenderer.render(whole), PlanMarkdownRenderer.render(whole),
                String(decoding: PlanFile.encode(whole), as: UTF8.self), "\(plan)"]
    }
}
