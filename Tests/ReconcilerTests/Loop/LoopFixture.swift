import Foundation
import GitClient
import OperatorSupport
import OrgModel
import Reconciler
import Synchronization
import TestSupport

/// Two organizations' manifests, the in-memory remote and organizations, and a loop wired to them.
struct LoopFixture {
    static func organization(_ name: String, management: String) -> String {
        """
        apiVersion: orgops/v1
        kind: Organization
        metadata: { name: \(name) }
        spec:
          managementAccountId: "\(management)"
          region: us-east-1
          policyTypes: [SERVICE_CONTROL_POLICY]
          organizationalUnits:
            - name: Workloads
          reconcile: { prune: true }

        """
    }

    static func account(_ name: String, organization: String) -> String {
        """
        apiVersion: orgops/v1
        kind: Account
        metadata: { name: \(name), organization: \(organization) }
        spec:
          email: \(name)@example.com
          organizationalUnit: /Workloads

        """
    }

    static func policy(_ name: String, organization: String, action: String = "s3:DeleteBucket") -> String {
        """
        apiVersion: orgops/v1
        kind: Policy
        metadata: { name: \(name), organization: \(organization) }
        spec:
          type: SERVICE_CONTROL_POLICY
          document: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"\(action)","Resource":"*"}]}'
          targets: [{ ou: /Workloads }]

        """
    }

    static let files: [String: String] = [
        "acme/org.yaml": organization("acme", management: "111111111111"),
        "acme/accounts.yaml": account("shop-prod", organization: "acme"),
        "acme/policy.yaml": policy("deny-delete", organization: "acme"),
        "beta/org.yaml": organization("beta", management: "222222222222"),
        "beta/accounts.yaml": account("beta-prod", organization: "beta"),
    ]

    let repository: GitInMemoryRepository
    let organizations: [String: InMemoryOrganization]
    let connector: FakeConnector
    let clock: ManualClock
    let loop: OperatorLoop

    init(configuration: ReconcileConfiguration = ReconcileConfiguration(), settings: LoopSettings = LoopSettings(),
         files: [String: String] = LoopFixture.files, autoAdvance: Bool = true) {
        repository = GitInMemoryRepository(files: files)
        organizations = ["acme": InMemoryOrganization(managementAccountId: "111111111111"),
                         "beta": InMemoryOrganization(managementAccountId: "222222222222")]
        connector = FakeConnector(organizations: organizations)
        clock = ManualClock(autoAdvance: autoAdvance)
        loop = OperatorLoop(repository: repository, connector: connector, configuration: configuration,
                            settings: settings, clock: clock, random: { 0.5 })
    }

    /// A loop that reaches `inner` through `repository` (a wrapper that counts or fails calls).
    init(repository: any SourceRepository, inner: GitInMemoryRepository,
         configuration: ReconcileConfiguration = ReconcileConfiguration()) {
        self.repository = inner
        organizations = ["acme": InMemoryOrganization(managementAccountId: "111111111111"),
                         "beta": InMemoryOrganization(managementAccountId: "222222222222")]
        connector = FakeConnector(organizations: organizations)
        clock = ManualClock(autoAdvance: true)
        loop = OperatorLoop(repository: repository, connector: connector, configuration: configuration,
                            clock: clock, random: { 0.5 })
    }

    /// One fetch and every organization's pass, waited for.
    @discardableResult
    func pass() async -> [String] {
        let submitted = await loop.tick()
        await loop.queue.waitUntilIdle()
        return (try? submitted.get()) ?? []
    }

    /// The status commits of `organization` on the remote, oldest first.
    func commits(_ organization: String) async -> [GitInMemoryRepository.Commit] {
        await repository.remoteStatusCommits().filter { $0.message.contains("Orgops-Organization: \(organization)\n") }
    }

    /// The status file of `organization` as last written.
    func status(_ organization: String) async throws -> StatusDocument? {
        guard let bytes = try await repository.readStatusFile(StatusDocument.path(organization: organization)) else { return nil }
        return try StatusDocument(yaml: String(decoding: bytes, as: UTF8.self))
    }

    /// The value of one trailer of a commit message.
    static func trailer(_ key: String, in message: String) -> String? {
        message.split(separator: "\n").first { $0.hasPrefix("\(key): ") }.map { String($0.dropFirst(key.count + 2)) }
    }
}

/// Routes each organization to its in-memory fake; an organization can be made unreachable.
final class FakeConnector: OrganizationConnector {
    struct Unreachable: Error, CustomStringConvertible {
        var name: String
        var description: String { "ExpiredToken: credentials of organization '\(name)' expired" }
    }

    struct Denied: Error, CustomStringConvertible {
        var name: String
        var description: String { "AccessDenied: not authorized to perform sts:AssumeRole for organization '\(name)'" }
    }

    let organizations: [String: InMemoryOrganization]
    private let unreachable = Mutex<Set<String>>([])
    private let denied = Mutex<Set<String>>([])

    func setDenied(_ name: String) { denied.withLock { _ = $0.insert(name) } }
    private let calls = Mutex<[String: Int]>([:])

    init(organizations: [String: InMemoryOrganization]) {
        self.organizations = organizations
    }

    func setUnreachable(_ name: String, _ value: Bool) {
        unreachable.withLock { if value { $0.insert(name) } else { $0.remove(name) } }
    }

    func calls(_ name: String) -> Int { calls.withLock { $0[name] ?? 0 } }

    /// The reads of `name` so far, `full` or `cheap`, in order.
    func reads(_ name: String) -> [String] { reads.withLock { $0[name] ?? [] } }

    fileprivate let reads = Mutex<[String: [String]]>([:])

    func ports(for organization: DesiredOrganization) async throws -> OrganizationPorts {
        calls.withLock { $0[organization.name, default: 0] += 1 }
        if unreachable.withLock({ $0.contains(organization.name) }) { throw Unreachable(name: organization.name) }
        if denied.withLock({ $0.contains(organization.name) }) { throw Denied(name: organization.name) }
        guard let fake = organizations[organization.name] else { throw Unreachable(name: organization.name) }
        return OrganizationPorts(reader: RecordingReader(fake: fake, connector: self), applier: fake)
    }
}

/// Passes reads to the fake and notes whether each was full or cheap.
struct RecordingReader: LiveStateReader {
    let fake: InMemoryOrganization
    let connector: FakeConnector

    func readOrganization(_ organization: DesiredOrganization, options: ReadOptions) async throws -> LiveOrganization {
        connector.reads.withLock { $0[organization.name, default: []].append(options.includeTags ? "full" : "cheap") }
        return try await fake.readOrganization(organization, options: options)
    }
}
