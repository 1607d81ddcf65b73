import AWSClient
import AWSServices
import Foundation
import OrgModel
import Testing
import TestSupport

extension ReconcileIntegrationTests {
    /// Every Organizations action kind carried out over AWS and seen by the reader afterwards.
    @Suite struct ChangeApplier {
        static let owner = "orgops:managed-by"
        static let denyS3 = #"{"Statement":[{"Action":"s3:*","Effect":"Deny","Resource":"*"}],"Version":"2012-10-17"}"#
        static let denyEC2 = #"{"Statement":[{"Action":"ec2:*","Effect":"Deny","Resource":"*"}],"Version":"2012-10-17"}"#

        static var manifests: [String: String] {
            ["org.yaml": ReconcileHarness.organizationManifest(
                "fresh", account: ReconcileHarness.managementA,
                policyTypes: ["SERVICE_CONTROL_POLICY", "TAG_POLICY"]),
             "policy.yaml": """
                apiVersion: orgops/v1
                kind: Policy
                metadata: { name: deny-s3, organization: fresh }
                spec:
                  type: SERVICE_CONTROL_POLICY
                  description: no s3, no ec2
                  document: '\(denyEC2)'
                  targets: [root]
                """]
        }

        /// Building an organization up from nothing: the first half of the action kinds.
        static func buildUp() -> [ActionKind] {
            typealias S = ActionScript
            return [
                .createOrganization(featureSet: "ALL"),
                .enablePolicyType(type: "SERVICE_CONTROL_POLICY"),
                .enablePolicyType(type: "TAG_POLICY"),
                .enablePolicyType(type: "BACKUP_POLICY"),
                .enableServiceAccess(servicePrincipal: "sso.amazonaws.com"),
                .enableServiceAccess(servicePrincipal: "member.org.stacksets.cloudformation.amazonaws.com"),
                .createOrganizationalUnit(path: "/Workloads", name: "Workloads", parent: .root(id: nil),
                                          tags: [owner: "fresh"]),
                .createOrganizationalUnit(path: "/Workloads/Prod", name: "Prod", parent: S.ou("/Workloads"),
                                          tags: [owner: "fresh"]),
                .createOrganizationalUnit(path: "/Old", name: "Old", parent: .root(id: nil), tags: [owner: "fresh"]),
                .createAccount(NewAccount(name: "app", accountName: "app", email: "app@example.com",
                                          parent: S.ou("/Workloads/Prod"), tags: [owner: "fresh", "env": "prod"])),
                .createAccount(NewAccount(name: "sec", accountName: "security", email: "sec@example.com",
                                          parent: .root(id: nil), tags: [owner: "fresh"])),
                .registerDelegatedAdministrator(account: S.account("sec"), servicePrincipal: "sso.amazonaws.com"),
                .createPolicy(NewPolicy(name: "deny-s3", policyName: "deny-s3", type: "SERVICE_CONTROL_POLICY",
                                        description: "no s3", content: denyS3, tags: [owner: "fresh"])),
                .attachPolicy(policy: S.policy("deny-s3"), target: .organizationalUnit(S.ou("/Workloads"))),
                .attachPolicy(policy: S.policy("deny-s3"), target: .account(S.account("app"))),
                .attachPolicy(policy: S.policy("deny-s3"), target: .root(id: nil)),
                .tagOrganizationalUnit(ou: S.ou("/Workloads"), tags: ["env": "prod"]),
                .renameOrganizationalUnit(ou: S.ou("/Old"), name: "Legacy"),
                .tagAccount(account: S.account("app"), tags: ["cost": "1"]),
                .tagPolicy(policy: S.policy("deny-s3"), tags: ["reviewed": "yes"]),
                .updatePolicy(policy: S.policy("deny-s3"), name: nil, description: "no s3, no ec2", content: denyEC2),
            ]
        }

        @Test func buildsAnOrganizationFromNothingAndTheReaderSeesIt() async throws {
            let harness = try await ReconcileHarness.make()
            let organization = try ReconcileHarness.organization("fresh", Self.manifests)
            let reader = OrganizationsLiveReader(sessions: harness.sessions)
            #expect(try await reader.readOrganization(organization, options: .full).exists == false)
            let applier = OrganizationsChangeApplier(sessions: harness.sessions, clock: harness.clock)
            let context = ApplyContext()
            let outcomes = try await ActionScript(applier: applier, organization: organization, context: context)
                .run(Self.buildUp())
            #expect(outcomes.count == Self.buildUp().count)

            let live = try await reader.readOrganization(organization, options: .full)
            try Self.expectBuiltUp(live, context: context)
            #expect(harness.attempts("CreateAccount") == 2)
        }

        /// What `buildUp()` leaves, as the reader sees it.
        static func expectBuiltUp(_ live: LiveOrganization, context: ApplyContext) throws {
            let rootId = try context.rootId()
            #expect(live.organizationId == context.organizationId)
            #expect(live.enabledPolicyTypes == ["BACKUP_POLICY", "SERVICE_CONTROL_POLICY", "TAG_POLICY"])
            #expect(live.trustedServices == ["member.org.stacksets.cloudformation.amazonaws.com", "sso.amazonaws.com"])
            let units = Dictionary(uniqueKeysWithValues: live.organizationalUnits.map { ($0.path, $0) })
            #expect(live.organizationalUnits.map(\.path) == ["/Legacy", "/Workloads", "/Workloads/Prod"])
            #expect(units["/Workloads"]?.tags == [owner: "fresh", "env": "prod"])
            #expect(units["/Workloads/Prod"]?.parentId == units["/Workloads"]?.id)
            #expect(units["/Legacy"]?.id == (try context.resolve(ActionScript.ou("/Old"))), "renamed in place")
            let appId = try context.resolve(ActionScript.account("app"))
            let secId = try context.resolve(ActionScript.account("sec"))
            let accounts = Dictionary(uniqueKeysWithValues: live.accounts.map { ($0.id, $0) })
            #expect(accounts[appId]?.parentId == units["/Workloads/Prod"]?.id)
            #expect(accounts[appId]?.tags == [owner: "fresh", "env": "prod", "cost": "1"])
            #expect(accounts[secId]?.parentId == rootId)
            #expect(accounts[secId]?.tags == [owner: "fresh"])
            #expect(live.delegatedAdministrators == [LiveDelegatedAdministrator(accountId: secId,
                                                                                servicePrincipal: "sso.amazonaws.com")])
            let policy = try #require(live.policies.first { $0.name == "deny-s3" })
            #expect(policy.id == (try context.resolve(ActionScript.policy("deny-s3"))))
            #expect(policy.description == "no s3, no ec2")
            #expect(policy.canonicalContent == denyEC2)
            #expect(policy.tags == [owner: "fresh", "reviewed": "yes"])
            #expect(policy.targetIds == [rootId, units["/Workloads"]?.id ?? "", appId].sorted())
        }

        @Test func tearsDownChangesAndAdoptsWithTheRemainingKinds() async throws {
            let harness = try await ReconcileHarness.make()
            let organization = try ReconcileHarness.organization("fresh", Self.manifests)
            let applier = OrganizationsChangeApplier(sessions: harness.sessions, clock: harness.clock)
            let context = ApplyContext()
            let script = ActionScript(applier: applier, organization: organization, context: context)
            try await script.run(Self.buildUp())
            let api = harness.sessions.session(for: organization).organizations
            var strangers: [String] = []
            for name in ["found", "leaver", "closer"] {
                let status = try await api.createAccountAndWait(.init(email: "\(name)@example.com", accountName: name),
                                                                clock: harness.clock)
                strangers.append(try #require(status.accountId))
            }
            typealias S = ActionScript
            let stranger = { (index: Int) in AccountReference(name: nil, id: strangers[index]) }
            try await script.run([
                .untagOrganizationalUnit(ou: S.ou("/Workloads"), keys: ["env"]),
                .untagAccount(account: S.account("app"), keys: ["cost"]),
                .untagPolicy(policy: S.policy("deny-s3"), keys: ["reviewed"]),
                .moveAccount(account: S.account("app"), from: S.ou("/Workloads/Prod"), to: S.ou("/Workloads")),
                .detachPolicy(policy: S.policy("deny-s3"), target: .root(id: nil)),
                .deletePolicy(policy: S.policy("deny-s3")),
                .disablePolicyType(type: "BACKUP_POLICY"),
                .disableServiceAccess(servicePrincipal: "member.org.stacksets.cloudformation.amazonaws.com"),
                .deregisterDelegatedAdministrator(account: S.account("sec"), servicePrincipal: "sso.amazonaws.com"),
                .deleteOrganizationalUnit(ou: S.ou("/Old")),
                .adoptAccount(account: AccountReference(name: "found", id: strangers[0]), tags: [Self.owner: "fresh"]),
                .releaseAccount(account: S.account("sec"), ownerTagKey: Self.owner),
                .removeAccount(account: stranger(1)),
                .closeAccount(account: stranger(2)),
            ])

            let live = try await OrganizationsLiveReader(sessions: harness.sessions)
                .readOrganization(organization, options: .full)
            let units = Dictionary(uniqueKeysWithValues: live.organizationalUnits.map { ($0.path, $0) })
            #expect(live.organizationalUnits.map(\.path) == ["/Workloads", "/Workloads/Prod"])
            #expect(units["/Workloads"]?.tags == [Self.owner: "fresh"])
            let accounts = Dictionary(uniqueKeysWithValues: live.accounts.map { ($0.id, $0) })
            let appId = try context.resolve(S.account("app"))
            #expect(accounts[appId]?.parentId == units["/Workloads"]?.id)
            #expect(accounts[appId]?.tags == [Self.owner: "fresh", "env": "prod"])
            #expect(accounts[try context.resolve(S.account("sec"))]?.tags == [:], "released: ownership tag gone")
            #expect(accounts[strangers[0]]?.tags == [Self.owner: "fresh"], "adopted: ownership tag written")
            #expect(try context.resolve(S.account("found")) == strangers[0])
            #expect(accounts[strangers[1]] == nil, "removed from the organization")
            #expect(accounts[strangers[2]]?.status != "ACTIVE", "closing")
            #expect(!live.policies.contains { $0.name == "deny-s3" }, "detached from the rest, then deleted")
            #expect(live.enabledPolicyTypes == ["SERVICE_CONTROL_POLICY", "TAG_POLICY"])
            #expect(live.trustedServices == ["sso.amazonaws.com"])
            #expect(live.delegatedAdministrators.isEmpty)
        }

        @Test func repeatingEveryBuildActionChangesNothingAndCreatesNoDuplicate() async throws {
            let harness = try await ReconcileHarness.make()
            let organization = try ReconcileHarness.organization("fresh", Self.manifests)
            let applier = OrganizationsChangeApplier(sessions: harness.sessions, clock: harness.clock)
            let context = ApplyContext()
            let script = ActionScript(applier: applier, organization: organization, context: context)
            try await script.run(Self.buildUp())
            // A run killed before its IDs were recorded: a fresh context, the same actions again.
            let again = ApplyContext()
            let rerun = ActionScript(applier: applier, organization: organization, context: again)
            let replay = Self.buildUp().filter {
                if case .renameOrganizationalUnit = $0 { return false }
                return true
            }
            try await rerun.run(replay)
            let live = try await OrganizationsLiveReader(sessions: harness.sessions)
                .readOrganization(organization, options: .full)
            #expect(harness.attempts("CreateAccount") == 2, "both accounts found by email, none created again")
            #expect(live.accounts.count == 3)
            #expect(live.policies.filter { $0.name == "deny-s3" }.count == 1)
            #expect(live.organizationalUnits.map(\.path) == ["/Legacy", "/Old", "/Workloads", "/Workloads/Prod"],
                    "the renamed OU's old name is free again, so only it is created anew")
            #expect(try again.resolve(ActionScript.ou("/Workloads")) == (try context.resolve(ActionScript.ou("/Workloads"))))
            #expect(try again.resolve(ActionScript.policy("deny-s3")) == (try context.resolve(ActionScript.policy("deny-s3"))))
        }
    }
}
