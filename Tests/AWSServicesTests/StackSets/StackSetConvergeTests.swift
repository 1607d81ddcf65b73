import AWSClient
import AWSServices
import Foundation
import OperatorSupport
import OrgModel
import Reconciler
import Testing
import TestSupport

/// StackSets converged against the AWS test server, signatures checked; one test at a time (each resets it).
@Suite(.serialized) struct StackSetIntegrationTests {
    typealias S = StackSetScenario

    @Test func theBreakGlassRoleOfTheMultiOrgExampleConvergesInEveryOrganization() async throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples/multi-org").path
        let desired = try StackSetHarness.desired(try Self.exampleWithoutAccountIds(root))
        let organizations = desired.organizationNames.compactMap { desired.organizations[$0] }
        #expect(organizations.count == 4)
        let harness = try await StackSetHarness.make(accounts: organizations.map(\.managementAccountId))
        for organization in organizations {
            let reports = try await harness.converge(organization)
            #expect(reports.allSatisfy { $0.succeeded }, "\(organization.name): \(reports.map { $0.summaryLine })")
        }
        for organization in organizations {
            let (plan, _, live) = try await harness.plan(organization)
            #expect(plan.actions.isEmpty, "\(organization.name) not converged: \(plan.actions.map { $0.id })")
            let members = live.accounts.map(\.id).filter { $0 != organization.managementAccountId }.sorted()
            #expect(!members.isEmpty)
            let instances = try await harness.instances(organization, "break-glass-role")
            #expect(instances == members.map { "\($0)/us-east-1" }, "\(organization.name)")
            let described = try await harness.cloudFormation(organization).describeStackSet(
                .init(stackSetName: "break-glass-role"))
            let trusted = described.stackSet?.parameters?.first { $0.parameterKey == "TrustedAccountId" }
            #expect(trusted?.parameterValue == organization.managementAccountId)
            #expect(described.stackSet?.tags?.contains(.init(key: "orgops:managed-by", value: organization.name)) == true)
        }
    }

    /// The example's files, with `accountId` lines dropped: the test server cannot create accounts with given IDs,
    /// so every account is created by orgops instead.
    static func exampleWithoutAccountIds(_ root: String) throws -> [String: String] {
        let files = LocalDirectoryFiles(root: root)
        var texts: [String: String] = [:]
        for entry in try files.listEntries() {
            let text = String(decoding: try files.readFile(entry.path), as: UTF8.self)
            texts[entry.path] = text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("accountId:") }
                .joined(separator: "\n")
        }
        return texts
    }

    @Test func aTemplateChangeIsOneUpdateReachingEveryInstance() async throws {
        let harness = try await StackSetHarness.make(accounts: [S.management])
        let before = try S.organization(S.texts([S.serviceManaged()]))
        #expect(try await harness.converge(before).allSatisfy { $0.succeeded })
        #expect(try await harness.instances(before, "baseline").count == 4)

        let changed = S.template.replacingOccurrences(of: "Env: { Type: String }", with: "Env: { Type: String, MinLength: 1 }")
        let after = try S.organization(S.texts([S.serviceManaged()], template: changed))
        let (plan, _, live) = try await harness.plan(after)
        #expect(plan.actions.map { $0.id } == ["update stack-set baseline"])
        let report = await harness.apply(plan, after, live: live)
        #expect(report.succeeded, "\(report.results)")
        #expect(harness.attempts("UpdateStackSet") == 1)
        let body = try await harness.cloudFormation(after).describeStackSet(.init(stackSetName: "baseline"))
            .stackSet?.templateBody
        #expect(body == changed)
        #expect(try await harness.plan(after).plan.actions.isEmpty)
    }

    @Test func aRegionIsAddedThenRemoved() async throws {
        let harness = try await StackSetHarness.make(accounts: [S.management])
        let two = try S.organization(S.texts([S.serviceManaged()]))
        try await harness.converge(two)
        let ids = try await harness.accountIds(two)
        let app = try #require(ids["app"]), data = try #require(ids["data"])

        let three = try S.organization(S.texts([S.serviceManaged(regions: "[us-east-1, eu-west-1, ap-south-1]")]))
        let (added, _, live) = try await harness.plan(three)
        #expect(added.actions.map { $0.id } == ["deploy stack-set baseline #1"])
        #expect(await harness.apply(added, three, live: live).succeeded)
        let regions = ["ap-south-1", "eu-west-1", "us-east-1"]
        #expect(try await harness.instances(three, "baseline") == [app, data].sorted().flatMap { a in regions.map { "\(a)/\($0)" } })

        let one = try S.organization(S.texts([S.serviceManaged(regions: "[us-east-1]")]))
        let (removed, _, live2) = try await harness.plan(one)
        #expect(removed.actions.map { $0.id } == ["undeploy stack-set baseline #1"])
        #expect(await harness.apply(removed, one, live: live2).succeeded)
        #expect(try await harness.instances(one, "baseline") == [app, data].sorted().map { "\($0)/us-east-1" })
        #expect(try await harness.plan(one).plan.actions.isEmpty)
    }

    @Test func anAccountMovedOutOfTheTargetedOULosesItsInstances() async throws {
        let harness = try await StackSetHarness.make(accounts: [S.management])
        let before = try S.organization(S.texts([S.serviceManaged(regions: "[us-east-1]")]))
        try await harness.converge(before)
        let ids = try await harness.accountIds(before)
        let app = try #require(ids["app"]), data = try #require(ids["data"])
        #expect(try await harness.instances(before, "baseline") == [app, data].sorted().map { "\($0)/us-east-1" })

        let moved = try S.organization(S.texts([S.serviceManaged(regions: "[us-east-1]")], dataOU: "/Sandbox"))
        let reports = try await harness.converge(moved)
        #expect(reports.allSatisfy { $0.succeeded }, "\(reports.map { $0.results })")
        #expect(reports.first?.results.map { $0.actionId }.contains("move account data") == true)
        #expect(try await harness.instances(moved, "baseline") == ["\(app)/us-east-1"])
        #expect(try await harness.plan(moved).plan.actions.isEmpty)
    }

    @Test func aSelfManagedSetWithAnOverrideConverges() async throws {
        let harness = try await StackSetHarness.make(accounts: [S.management])
        let organization = try S.organization(S.texts([S.selfManaged]))
        let reports = try await harness.converge(organization)
        #expect(reports.allSatisfy { $0.succeeded }, "\(reports.map { $0.failed })")
        let ids = try await harness.accountIds(organization)
        let app = try #require(ids["app"]), play = try #require(ids["play"])
        let regions = ["eu-west-1", "us-east-1"]
        #expect(try await harness.instances(organization, "budgets")
                == [app, play].sorted().flatMap { a in regions.map { "\(a)/\($0)" } })
        let api = harness.cloudFormation(organization)
        let overridden = try await api.describeStackInstance(.init(
            stackSetName: "budgets", stackInstanceAccount: play, stackInstanceRegion: "eu-west-1"))
        #expect(overridden.stackInstance?.parameterOverrides?.first?.parameterValue == "sandbox")
        let set = try await api.describeStackSet(.init(stackSetName: "budgets")).stackSet
        #expect(set?.permissionModel == "SELF_MANAGED")
        #expect(set?.executionRoleName == "AWSCloudFormationStackSetExecutionRole")
        #expect(try await harness.plan(organization).plan.actions.isEmpty)
    }
}
