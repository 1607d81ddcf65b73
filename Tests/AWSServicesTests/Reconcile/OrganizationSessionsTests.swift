import AWSClient
import AWSServices
import Foundation
import OrgModel
import Testing

extension ReconcileIntegrationTests {
    /// Each organization's client: AssumeRole with its external ID and cached, or the operator's own credentials.
    @Suite struct Sessions {
        @Test func assumesEachOrganizationsRoleOnceAndScopesItsClient() async throws {
            let harness = try await ReconcileHarness.make()
            let desired = try ReconcileHarness.desired([
                "a.yaml": ReconcileHarness.organizationManifest("alpha", account: ReconcileHarness.managementA),
                "b.yaml": ReconcileHarness.organizationManifest("beta", account: ReconcileHarness.managementB),
            ])
            let alpha = try #require(desired.organizations["alpha"])
            let beta = try #require(desired.organizations["beta"])
            for organization in [alpha, beta] {
                _ = try await harness.sessions.session(for: organization).organizations
                    .createOrganization(.init(featureSet: "ALL"))
            }
            let reader = OrganizationsLiveReader(sessions: harness.sessions)
            for _ in 1...3 {
                let a = try await reader.readOrganization(alpha, options: .cheap)
                let b = try await reader.readOrganization(beta, options: .cheap)
                #expect(a.managementAccountId == ReconcileHarness.managementA)
                #expect(b.managementAccountId == ReconcileHarness.managementB)
                #expect(a.organizationId != b.organizationId)
            }
            let assumed = harness.base.calls.snapshot().filter { $0.service == "sts" && $0.operation == "AssumeRole" }
                .reduce(0) { $0 + $1.attempts }
            #expect(assumed == 2, "one AssumeRole per organization, then cached credentials")
            #expect(harness.sessions.session(for: alpha).client.configuration.scope == "alpha")
            #expect(harness.sessions.session(for: alpha).region == "us-east-1")
        }

        @Test func withoutAccessTheOperatorsOwnCredentialsAreUsed() async throws {
            let harness = try await ReconcileHarness.make()
            let organization = try ReconcileHarness.organization("own", ["org.yaml": """
                apiVersion: orgops/v1
                kind: Organization
                metadata: { name: own }
                spec:
                  managementAccountId: "\(ReconcileHarness.operatorAccount)"
                  region: eu-west-1
                """])
            let session = harness.sessions.session(for: organization)
            _ = try await session.organizations.createOrganization(.init(featureSet: "ALL"))
            let live = try await OrganizationsLiveReader(sessions: harness.sessions)
                .readOrganization(organization, options: .full)
            #expect(live.managementAccountId == ReconcileHarness.operatorAccount)
            #expect(session.client.configuration.scope == "own")
            #expect(session.region == "eu-west-1")
            #expect(harness.base.calls.snapshot().filter { $0.service == "sts" }.isEmpty)
        }

        @Test func sessionNamesFollowSTSRules() {
            #expect(OrganizationSessions.sessionName(for: "workloads") == "orgops-workloads")
            #expect(OrganizationSessions.sessionName(for: "a b/c") == "orgops-a-b-c")
            #expect(OrganizationSessions.sessionName(for: String(repeating: "x", count: 80)).count == 64)
        }
    }
}
