import AWSClient
import AWSServices
import Foundation
import OrgModel
import Testing
import TestSupport

/// `Examples/eight-ou` converged on the AWS test server: Organizations first (its accounts are created, so the
/// example's pinned account IDs are dropped), then Identity Center from the delegated administrator, Shared Services.
///
/// The test server's SSO Admin does not find AWS-managed policies under a path (`job-function/…`), so those
/// ARNs are written without it here; real AWS takes the example as it is.
@Suite(.serialized) struct EightOUExampleTests {
    static let management = "598017346221"

    /// The example's files as text, `accountId:` lines removed (the test server chooses the new accounts' IDs).
    static func texts(file: String = #filePath) throws -> [String: String] {
        let root = URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples/eight-ou")
        var out: [String: String] = [:]
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            let relative = String(url.path.dropFirst(root.path.count + 1))
            let text = try String(contentsOf: url, encoding: .utf8)
            out[relative] = text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("accountId:") }.joined(separator: "\n")
                .replacingOccurrences(of: "arn:aws:iam::aws:policy/job-function/", with: "arn:aws:iam::aws:policy/")
        }
        return out
    }

    @Test func permissionSetsAndAssignmentsConvergeFromTheDelegatedAdministrator() async throws {
        try await IdentityCenterHarness.exclusive(managementAccounts: [Self.management]) { harness in
            let organization = try IdentityCenterHarness.organization("retail", Self.texts())
            let reader = OrganizationsLiveReader(sessions: harness.sessions)
            let before = try await reader.readOrganization(organization, options: .full)
            let organizationsPlan = OrganizationDiffer.plan(desired: organization, live: before, options: PlanOptions())
            _ = await IdentityCenterHarness.execute(organizationsPlan, organization: organization,
                                                    applier: OrganizationsChangeApplier(sessions: harness.sessions, clock: harness.clock),
                                                    context: ApplyContext(live: before))
            let live = try await reader.readOrganization(organization, options: .full)
            #expect(live.accounts.count == 13)
            let shared = try #require(live.accounts.first { $0.email == "aws-shared-services@retail.example.com" }?.id)
            _ = try await harness.backend.bootstrap(accountId: shared, roleName: "orgops")
            harness.identityCenter.recordDelegatedAdministrator(shared, for: "retail")
            for group in ["PlatformAdmins", "Engineering", "Developers", "NetworkEngineers", "SecurityAuditors", "Finance"] {
                _ = try await harness.createGroup(group, in: organization)
            }
            _ = try await harness.createUser("oncall-payments@retail.example.com", in: organization)

            let pass = try await harness.converge(organization)
            let identityCenterIds = Set(pass.plan.actions.filter { if case .identityCenter = $0.kind { true } else { false } }.map(\.id))
            #expect(identityCenterIds.count > 28)
            #expect(pass.failures.filter { identityCenterIds.contains($0.key) }.isEmpty, "\(pass.failures)")

            harness.base.calls.reset()
            let (plan, _, center) = try await harness.plan(organization)
            // 28 (permission set, account) pairs against 7 principals: the per-principal read is cheaper. A no-op read:
            // ListInstances, ListPermissionSets, 6 × (Describe + ListTags), 6 × 5 detail reads, the ABAC configuration,
            // ListGroups, ListUsers and 7 ListAccountAssignmentsForPrincipal = 54 (per permission set, 80).
            #expect(center.assignmentReadStrategy == .perPrincipal)
            let calls = harness.identityCenterCalls()
            #expect(calls.values.reduce(0, +) == 54, "\(calls.sorted { $0.key < $1.key })")
            let left = plan.actions.filter { if case .identityCenter = $0.kind { true } else { false } }
            #expect(left.isEmpty, "\(left.map(\.id))")
            #expect(center.permissionSets.map(\.name) == ["Administrator", "Billing", "Developer", "NetworkAdmin", "ReadOnly",
                                                         "SecurityAudit"])
            #expect(center.assignments.count == 28)
            #expect(center.accessControlAttributes == ["team": "${path:enterprise.department}",
                                                       "project": "${path:enterprise.costCenter}"])
            let developer = try #require(center.permissionSet(named: "Developer"))
            #expect(developer.permissionsBoundary == .managedPolicy(arn: "arn:aws:iam::aws:policy/PowerUserAccess"))
            #expect(developer.relayState == "https://console.aws.amazon.com/")
            #expect(developer.inlinePolicy != nil)

            let managementSession = harness.sessions.session(for: organization)
            let own = SSOAdminAPI(client: managementSession.client, region: organization.region)
            let ownInstance = try #require(try await own.listAllInstances().first?.instanceArn)
            #expect(try await own.listAllPermissionSets(.init(instanceArn: ownInstance)).isEmpty)
        }
    }
}
