import Foundation
import OperatorSupport
import Testing
@testable import OrgModel

@Suite struct ValidRepositoryTests {
    let result = ManifestLoader.load(files: LocalDirectoryFiles(root: FixturePaths.directory("valid")))

    @Test func loadsWithoutDiagnostics() {
        #expect(result.diagnostics.isEmpty, "\(DiagnosticRenderer.text(result.diagnostics, sources: result.sources))")
        #expect(result.desired?.organizationNames == ["sandbox", "workloads"])
    }

    @Test func decodesOrganization() throws {
        let org = try #require(result.desired?.organizations["workloads"])
        #expect(org.managementAccountId == "111111111111")
        #expect(org.access == OrganizationAccess(roleArn: "arn:aws:iam::111111111111:role/orgops", externalId: "orgops-workloads"))
        #expect(org.region == "us-east-1")
        #expect(org.featureSet == "ALL")
        #expect(org.policyTypes == ["SERVICE_CONTROL_POLICY", "TAG_POLICY"])
        #expect(org.trustedServices.count == 3)
        #expect(org.delegatedAdministrators.map(\.account) == [AccountRef(name: "security-tooling", accountId: "333333333333")])
        #expect(org.allOrganizationalUnits.map(\.path) == ["/Security", "/Suspended", "/Workloads", "/Workloads/Prod", "/Workloads/SDLC"])
        #expect(org.allOrganizationalUnits.first { $0.path == "/Workloads" }?.id == "ou-ab12-34cd56ef")
        #expect(org.allOrganizationalUnits.first { $0.path == "/Suspended" }?.ignore == true)
        #expect(org.organizationalUnits.first?.tags == ["owner": "secops"])
        #expect(org.identityCenter?.delegatedAdministrator?.name == "security-tooling")
        #expect(org.identityCenter?.accessControlAttributes == ["team": "${path:enterprise.department}"])
        #expect(org.reconcile == ReconcileSettings(prune: false, suspend: false))
        #expect(result.desired?.organizations["sandbox"]?.featureSet == "ALL")
    }

    @Test func decodesAccounts() throws {
        let org = try #require(result.desired?.organizations["workloads"])
        #expect(org.accounts.map(\.name) == ["security-tooling", "shop-prod"])
        let shop = try #require(org.accounts.last)
        #expect(shop.accountId == "222222222222")
        #expect(shop.accountName == "shop-prod")
        #expect(shop.organizationalUnit == "/Workloads/Prod")
        #expect(shop.tags == ["cost-center": "4711", "env": "prod"])
        #expect(shop.onRemoval == "release")
        #expect(shop.source == SourceLocation(file: "accounts/accounts.yaml", line: 1, column: 1))
        #expect(org.accounts.first?.accountName == "Security Tooling")
        #expect(result.desired?.organizations["sandbox"]?.accounts.first?.accountId == nil)
    }

    @Test func decodesPoliciesWithReplicationAndSubstitution() throws {
        let org = try #require(result.desired?.organizations["workloads"])
        #expect(org.policies.map(\.name) == ["deny-outside-regions", "full-access", "require-tags"])
        let deny = try #require(org.policies.first)
        #expect(deny.description == "Deny all regions but the two we run in (workloads)")
        #expect(deny.targets == [.root, .organizationalUnit(path: "/Workloads")])
        #expect(deny.document?.sourceFile == "policies/deny-regions.json")
        #expect(deny.document?.canonicalJSON.hasPrefix("{\"Statement\":[{\"Condition\"") == true)
        let tags = try #require(org.policies.last)
        #expect(tags.document?.canonicalJSON == "{\"tags\":{\"env\":{\"tag_key\":{\"@@assign\":\"env\"}}}}")
        #expect(tags.targets == [.account(AccountRef(name: "security-tooling", accountId: "333333333333")),
                                 .account(AccountRef(name: "shop-prod", accountId: "222222222222"))])
        #expect(org.policies[1].awsManaged == "FullAWSAccess")
        #expect(org.policies[1].type == "SERVICE_CONTROL_POLICY")
        let sandbox = try #require(result.desired?.organizations["sandbox"])
        #expect(sandbox.policies.map(\.description) == ["Deny all regions but the two we run in (sandbox)"])
    }

    @Test func decodesStackSet() throws {
        let org = try #require(result.desired?.organizations["workloads"])
        let stackSet = try #require(org.stackSets.first)
        #expect(stackSet.stackSetName == "break-glass-role")
        #expect(stackSet.templateFile == "templates/break-glass-role.yaml")
        #expect(stackSet.templateSHA256.count == 64)
        #expect(stackSet.parameters == ["TrustedAccountId": "111111111111"])
        #expect(stackSet.secretParameters == ["WebhookToken": .environment("ALERTS_WEBHOOK_TOKEN")])
        #expect(stackSet.autoDeployment == AutoDeployment(enabled: true, retainStacksOnAccountRemoval: false))
        #expect(stackSet.organizationalUnits == ["/Workloads"])
        #expect(stackSet.regions == ["us-east-1", "eu-west-1"])
        #expect(stackSet.operationPreferences.maxConcurrentPercentage == 25)
        #expect(stackSet.operationPreferences.regionConcurrencyType == "PARALLEL")
        #expect(stackSet.managedExecution)
        #expect(result.desired?.organizations["sandbox"]?.stackSets.first?.parameters == ["TrustedAccountId": "999999999999"])
    }

    @Test func decodesPermissionSetAndAssignment() throws {
        let org = try #require(result.desired?.organizations["workloads"])
        let ps = try #require(org.permissionSets.first)
        #expect(ps.permissionSetName == "Developer")
        #expect(ps.sessionDuration == "PT8H")
        #expect(ps.managedPolicies == ["arn:aws:iam::aws:policy/PowerUserAccess"])
        #expect(ps.customerManagedPolicies == [CustomerManagedPolicyRef(name: "team-boundary", path: "/")])
        #expect(ps.inlinePolicy?.canonicalJSON == "{\"Statement\":[{\"Action\":\"iam:*\",\"Effect\":\"Deny\",\"Resource\":\"*\"}],\"Version\":\"2012-10-17\"}")
        #expect(ps.permissionsBoundary == .managedPolicy(arn: "arn:aws:iam::aws:policy/PowerUserAccess"))
        let assignment = try #require(org.assignments.first)
        #expect(assignment.principal == .group("Developers"))
        #expect(assignment.organizationalUnits == ["/Workloads"])
        #expect(assignment.accounts.map(\.name) == ["security-tooling"])
        #expect(assignment.excludeAccounts.map(\.name) == ["shop-prod"])
    }

    @Test func loadIsDeterministic() {
        let again = ManifestLoader.load(files: LocalDirectoryFiles(root: FixturePaths.directory("valid")))
        #expect(again.desired == result.desired)
    }
}
