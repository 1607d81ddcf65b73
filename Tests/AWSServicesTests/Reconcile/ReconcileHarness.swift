import AWSClient
import AWSServices
import Foundation
import OperatorSupport
import OrgModel
import TestSupport

/// The Reconcile suites' own AWS test server, so resets by other suites (which run in parallel) never reach it.
actor ReconcileBackend {
    static let shared = ReconcileBackend()
    private var backend: AWSBackend?

    func get() async throws -> AWSBackend {
        if let backend, backend.isRunning { return backend }
        let started = try await AWSBackend.start()
        backend = started
        return started
    }
}

/// One Reconcile test's view of the server: signatures checked, two management accounts behind AssumeRole.
///
/// The operator is an IAM user of `999999999999`; `111111111111` and
/// `222222222222` each have a role `orgops` it may assume. Organizations are
/// reached the way the operator reaches them, through `OrganizationSessions`.
struct ReconcileHarness {
    static let managementA = "111111111111"
    static let managementB = "222222222222"
    static let operatorAccount = "999999999999"

    let backend: AWSBackend
    let base: AWSClient
    let clock: ManualClock
    let sessions: OrganizationSessions

    /// Resets the server, bootstraps the accounts and switches signature checking on.
    static func make(retry: RetryPolicy = .standard) async throws -> ReconcileHarness {
        let backend = try await ReconcileBackend.shared.get()
        try await backend.reset(seed: 5)
        let keys = try await backend.bootstrap(accountId: operatorAccount, roleName: "orgops")
        for account in [managementA, managementB] {
            _ = try await backend.bootstrap(accountId: account, roleName: "orgops")
        }
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
        return ReconcileHarness(backend: backend, base: base, clock: clock,
                                sessions: OrganizationSessions(base: base, clock: clock))
    }

    /// The desired state of `texts` (path → YAML), which must load without errors.
    static func desired(_ texts: [String: String]) throws -> DesiredState {
        let result = ManifestLoader.load(files: InMemoryRepositoryFiles(texts: texts))
        guard let desired = result.desired else {
            throw AWSServicesError(code: "ManifestsInvalid",
                                   message: result.diagnostics.map { "\($0.code): \($0.message)" }.joined(separator: "; "))
        }
        return desired
    }

    /// The one organization named `name` of `texts`.
    static func organization(_ name: String, _ texts: [String: String]) throws -> DesiredOrganization {
        guard let organization = try desired(texts).organizations[name] else {
            throw AWSServicesError(code: "NoSuchOrganization", message: "no organization '\(name)' in the manifests")
        }
        return organization
    }

    /// An Organization manifest reached by AssumeRole into `account`.
    static func organizationManifest(_ name: String, account: String, policyTypes: [String] = [],
                                     extra: String = "") -> String {
        """
        apiVersion: orgops/v1
        kind: Organization
        metadata: { name: \(name) }
        spec:
          managementAccountId: "\(account)"
          access:
            roleArn: arn:aws:iam::\(account):role/orgops
            externalId: orgops-\(name)
          region: us-east-1
          policyTypes: [\(policyTypes.joined(separator: ", "))]
        \(extra)
        """
    }

    /// Organizations attempts of `operation` (every operation when nil) made through the base client family.
    func attempts(_ operation: String? = nil) -> Int {
        base.calls.snapshot().filter { $0.service == "organizations" && (operation == nil || $0.operation == operation) }
            .reduce(0) { $0 + $1.attempts }
    }

    /// Organizations attempts per operation, for pinning a pass's cost.
    func attemptsByOperation() -> [String: Int] {
        var out: [String: Int] = [:]
        for entry in base.calls.snapshot() where entry.service == "organizations" {
            out[entry.operation, default: 0] += entry.attempts
        }
        return out
    }
}
