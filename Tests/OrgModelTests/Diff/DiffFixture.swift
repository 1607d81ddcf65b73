import OrgModel
import Reconciler
import TestSupport

/// Manifests of a small estate and helpers to plan it against the in-memory organization.
enum DiffFixture {
    static let document = #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:DeleteBucket","Resource":"*"}]}"#

    static func organization(prune: Bool = false, suspend: Bool = false, units: String? = nil) -> String {
        """
        apiVersion: orgops/v1
        kind: Organization
        metadata: { name: acme }
        spec:
          managementAccountId: "111111111111"
          region: us-east-1
          policyTypes: [SERVICE_CONTROL_POLICY, TAG_POLICY]
          trustedServices: [sso.amazonaws.com]
          organizationalUnits:
        \(units ?? """
            - name: Workloads
              tags: { team: platform }
              children:
                - { name: Prod }
            - name: Sandbox
        """)
          reconcile: { prune: \(prune), suspend: \(suspend) }

        """
    }

    static func account(_ name: String, ou: String, id: String? = nil, tags: String = "{ env: prod }",
                        onRemoval: String = "release") -> String {
        """
        apiVersion: orgops/v1
        kind: Account
        metadata: { name: \(name), organization: acme }
        spec:
        \(id.map { "  accountId: \"\($0)\"\n" } ?? "")  email: \(name)@example.com
          organizationalUnit: \(ou)
          tags: \(tags)
          onRemoval: \(onRemoval)

        """
    }

    static func policy(_ name: String, targets: String, document: String = DiffFixture.document,
                       extra: String = "") -> String {
        """
        apiVersion: orgops/v1
        kind: Policy
        metadata: { name: \(name), organization: acme }
        spec:
          type: SERVICE_CONTROL_POLICY
          description: \(name) policy
          document: '\(document)'
          targets: \(targets)
        \(extra)
        """
    }

    /// The default estate: two accounts, one policy.
    static func estate(prune: Bool = false, suspend: Bool = false) -> [String: String] {
        ["org.yaml": organization(prune: prune, suspend: suspend),
         "shop.yaml": account("shop-prod", ou: "/Workloads/Prod"),
         "sandbox.yaml": account("sandbox-1", ou: "/Sandbox", tags: "{ env: dev }"),
         "policy.yaml": policy("deny-delete", targets: "[{ ou: /Workloads }, { account: shop-prod }]")]
    }

    static func desired(_ texts: [String: String]) throws -> DesiredOrganization {
        try InMemoryOrganization.desired(texts, organization: "acme")
    }

    static func plan(_ fake: InMemoryOrganization, _ desired: DesiredOrganization, options: PlanOptions = PlanOptions(),
                     read: ReadOptions = .full, inventory: Inventory? = nil) async throws -> OrganizationPlan {
        let live = try await fake.readOrganization(desired, options: read)
        return OrganizationDiffer.plan(desired: desired, live: live, options: options, inventory: inventory)
    }

    /// A fake converged to `texts`; returns it with the inventory a status would record.
    static func converged(_ texts: [String: String]) async throws -> (InMemoryOrganization, Inventory) {
        let desired = try desired(texts)
        let fake = InMemoryOrganization(managementAccountId: "111111111111")
        let live = try await fake.readOrganization(desired, options: .full)
        let plan = OrganizationDiffer.plan(desired: desired, live: live, options: PlanOptions())
        // One action at a time: the fake numbers accounts in creation order, so a concurrent apply would give
        // the same estate different account IDs from run to run (and the plan snapshots would flake).
        let report = await PlanExecutor(applier: fake, maxConcurrentActions: 1)
            .run(plan, organization: desired, context: ApplyContext(live: live))
        guard report.failed.isEmpty else {
            throw InMemoryOrganizationError(code: "Fixture", message: report.render().joined(separator: "\n"))
        }
        let after = try await fake.readOrganization(desired, options: .full)
        return (fake, Inventory.recording(desired: desired, live: after, previous: nil))
    }
}

extension OrganizationPlan {
    /// Action IDs in order.
    var ids: [String] { actions.map(\.id) }

    /// The position of an action, for order checks.
    func position(_ id: String) -> Int? { actions.firstIndex { $0.id == id } }
}
