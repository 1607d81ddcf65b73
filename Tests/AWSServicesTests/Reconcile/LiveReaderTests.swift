import AWSClient
import AWSServices
import Foundation
import OrgModel
import Testing

extension ReconcileIntegrationTests {
    /// The live reader against a seeded estate, through AssumeRole with signatures checked.
    @Suite struct LiveReader {
        @Test func fullReadReturnsExactlyWhatWasSeeded() async throws {
            let harness = try await ReconcileHarness.make()
            let organization = try ReconcileHarness.organization(SeededEstate.name, SeededEstate.manifests)
            let api = harness.sessions.session(for: organization).organizations
            let estate = try await SeededEstate.seed(api, clock: harness.clock)
            let reader = OrganizationsLiveReader(sessions: harness.sessions)

            let live = try await reader.readOrganization(organization, options: .full)

            #expect(live.organizationId?.hasPrefix("o-") == true)
            #expect(live.managementAccountId == ReconcileHarness.managementA)
            #expect(live.featureSet == "ALL")
            #expect(live.rootId == estate.rootId)
            #expect(live.tagsRead)
            #expect(live.enabledPolicyTypes == ["SERVICE_CONTROL_POLICY", "TAG_POLICY"])
            #expect(live.trustedServices == ["sso.amazonaws.com"])
            #expect(live.delegatedAdministrators == [
                LiveDelegatedAdministrator(accountId: estate.accounts["security"] ?? "", servicePrincipal: "sso.amazonaws.com"),
            ])
            let unit = { (path: String) in estate.units[path] ?? "" }
            #expect(live.organizationalUnits == [
                LiveOrganizationalUnit(id: unit("/Sandbox"), name: "Sandbox", parentId: estate.rootId,
                                       path: "/Sandbox", tags: [:]),
                LiveOrganizationalUnit(id: unit("/Workloads"), name: "Workloads", parentId: estate.rootId,
                                       path: "/Workloads", tags: ["owner": "platform"]),
                LiveOrganizationalUnit(id: unit("/Workloads/Prod"), name: "Prod", parentId: unit("/Workloads"),
                                       path: "/Workloads/Prod", tags: [:]),
                LiveOrganizationalUnit(id: unit("/Workloads/Prod/Payments"), name: "Payments",
                                       parentId: unit("/Workloads/Prod"), path: "/Workloads/Prod/Payments",
                                       tags: ["team": "pay"]),
            ])
            let members = live.accounts.filter { $0.id != ReconcileHarness.managementA }
            #expect(members.sorted { $0.name < $1.name }.map { "\($0.name) \($0.email) \($0.status) \($0.tags ?? [:])" } == [
                "app-dev app-dev@example.com ACTIVE [:]",
                "app-prod app-prod@example.com ACTIVE [\"env\": \"prod\"]",
                "security security@example.com ACTIVE [:]",
            ])
            let parents = Dictionary(uniqueKeysWithValues: live.accounts.map { ($0.id, $0.parentId) })
            #expect(parents[estate.accounts["app-prod"] ?? ""] == unit("/Workloads/Prod/Payments"))
            #expect(parents[estate.accounts["app-dev"] ?? ""] == unit("/Sandbox"))
            #expect(parents[estate.accounts["security"] ?? ""] == estate.rootId)
            #expect(parents[ReconcileHarness.managementA] == estate.rootId)
            #expect(live.accounts.count == 4)

            let policies = Dictionary(uniqueKeysWithValues: live.policies.map { ($0.name, $0) })
            #expect(live.policies.map(\.name) == ["FullAWSAccess", "deny-s3", "legacy", "require-env"])
            #expect(policies["deny-s3"] == LivePolicy(
                id: estate.policies["deny-s3"] ?? "", name: "deny-s3", type: "SERVICE_CONTROL_POLICY",
                description: "deny-s3 policy", awsManaged: false, canonicalContent: SeededEstate.denyS3Canonical,
                tags: ["orgops:managed-by": "estate"],
                targetIds: [unit("/Sandbox"), estate.accounts["app-prod"] ?? ""].sorted()))
            #expect(policies["legacy"]?.canonicalContent == nil, "undeclared: content not read")
            #expect(policies["legacy"]?.targetIds == [])
            #expect(policies["legacy"]?.tags == [:])
            #expect(policies["require-env"]?.canonicalContent == SeededEstate.requireEnv)
            #expect(policies["require-env"]?.targetIds == [estate.rootId])
            let full = try #require(policies["FullAWSAccess"])
            #expect(full.awsManaged && full.canonicalContent == nil && full.tags == nil)
            #expect(Set(full.targetIds).isSuperset(of: [estate.rootId] + Array(estate.accounts.values)),
                    "taken over by a manifest, so its targets are read")
            #expect(live.createAccountRequests.isEmpty)
        }

        @Test func cheapReadSkipsTagsAndMatchesTheFullReadOtherwise() async throws {
            let harness = try await ReconcileHarness.make()
            let organization = try ReconcileHarness.organization(SeededEstate.name, SeededEstate.manifests)
            _ = try await SeededEstate.seed(harness.sessions.session(for: organization).organizations,
                                            clock: harness.clock)
            let reader = OrganizationsLiveReader(sessions: harness.sessions)
            let full = try await reader.readOrganization(organization, options: .full)
            let cheap = try await reader.readOrganization(organization, options: .cheap)
            #expect(!cheap.tagsRead)
            #expect(cheap.organizationalUnits.allSatisfy { $0.tags == nil })
            #expect(cheap.accounts.allSatisfy { $0.tags == nil })
            #expect(cheap.policies.allSatisfy { $0.tags == nil })
            var stripped = full
            stripped.tagsRead = false
            stripped.organizationalUnits = stripped.organizationalUnits.map { var u = $0; u.tags = nil; return u }
            stripped.accounts = stripped.accounts.map { var a = $0; a.tags = nil; return a }
            stripped.policies = stripped.policies.map { var p = $0; p.tags = nil; return p }
            #expect(cheap == stripped)
        }

        /// The cost of a no-op pass over this estate (O = 4 OUs, A = 4 accounts, P = 3 customer policies,
        /// Pd = 2 declared, M = 1 taken over, T = 2 types, D = 1 admin), pinned so a regression shows.
        @Test func callsOfCheapAndFullReadsArePinned() async throws {
            let harness = try await ReconcileHarness.make()
            let organization = try ReconcileHarness.organization(SeededEstate.name, SeededEstate.manifests)
            _ = try await SeededEstate.seed(harness.sessions.session(for: organization).organizations,
                                            clock: harness.clock)
            let reader = OrganizationsLiveReader(sessions: harness.sessions)
            let cheapStart = harness.attemptsByOperation()
            _ = try await reader.readOrganization(organization, options: .cheap)
            let afterCheap = harness.attemptsByOperation()
            _ = try await reader.readOrganization(organization, options: .full)
            let afterFull = harness.attemptsByOperation()
            func delta(_ from: [String: Int], _ to: [String: Int]) -> [String: Int] {
                to.compactMapValues { $0 }.reduce(into: [:]) { out, entry in
                    let change = entry.value - (from[entry.key] ?? 0)
                    if change > 0 { out[entry.key] = change }
                }
            }
            let cheap = delta(cheapStart, afterCheap)
            let expectedCheap = [
                "DescribeOrganization": 1, "ListRoots": 1, "ListAWSServiceAccessForOrganization": 1,
                "ListDelegatedAdministrators": 1, "ListDelegatedServicesForAccount": 1,
                "ListOrganizationalUnitsForParent": 5, "ListAccountsForParent": 5, "ListPolicies": 2,
                "ListTargetsForPolicy": 4, "DescribePolicy": 2, "ListCreateAccountStatus": 1,
            ]
            #expect(cheap == expectedCheap)
            #expect(cheap.values.reduce(0, +) == 24, "6 + D + 2(O+1) + T + P + M + Pd")
            let full = delta(afterCheap, afterFull)
            #expect(full == expectedCheap.merging(["ListTagsForResource": 11]) { $1 }, "plus O + A + P tag reads")
        }
    }
}
