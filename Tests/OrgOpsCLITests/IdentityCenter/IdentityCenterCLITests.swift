import AWSServices
import Foundation
import Testing
import TestSupport

/// `orgops plan` / `apply` with Identity Center manifests, end to end against the AWS test server
/// with signatures checked: the Organizations differ, the Identity Center planner and the routing
/// applier in one pass, as the binary runs them.
@Suite(.serialized) struct IdentityCenterCLITests {
    typealias E = IdentityCenterCLIEstate

    /// A harness with the estate's groups created and the estate applied: the first apply creates the
    /// organization (Identity Center is planned once it exists), the second converges Identity Center.
    private func converged(_ backend: AWSBackend, _ estate: E = E()) async throws -> PlanHarness {
        let harness = try await PlanHarness.make(backend: backend)
        try await harness.createGroups(E.groups, in: E.management)
        try harness.write(estate.files)
        for _ in 0..<2 {
            let apply = await harness.run(["apply"])
            #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
        }
        return harness
    }

    /// The account IDs of the estate by manifest name.
    private func accountIds(_ harness: PlanHarness) async throws -> [String: String] {
        let api = try await harness.organizations(E.management)
        var out: [String: String] = [:]
        for account in try await api.accounts() { if let name = account.name, let id = account.id { out[name] = id } }
        return out
    }

    @Test func theEstateConvergesAndTheSecondPlanIsEmpty() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            try await harness.createGroups(E.groups, in: E.management)
            try harness.write(E().files)
            let first = await harness.run(["apply"])
            #expect(first.status == 0, "\(first.stdout)\n\(first.stderr)")
            #expect(first.stdout.contains("identity center is planned once the organization exists"))
            let plan = await harness.run(["plan"])
            #expect(plan.status == 2, "\(plan.stderr)")
            #expect(plan.stdout.contains("permission-set"), "\(plan.stdout)")
            #expect(plan.stdout.contains("account-assignment"), "\(plan.stdout)")
            for format in ["json", "markdown"] {
                let rendered = await harness.run(["plan", "--format", format])
                #expect(rendered.status == 2 && rendered.stdout.contains("Developer"), "\(format)")
            }

            let apply = await harness.run(["apply"])
            #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
            #expect(apply.stdout.contains("0 failed"), "\(apply.stdout)")

            let again = await harness.run(["plan", "--full-read"])
            #expect(again.status == 0, "\(again.stdout)\n\(again.stderr)")
            let ids = try await accountIds(harness)
            let all = ["log-archive", "network", "shop-prod", "shop-dev"].compactMap { ids[$0] }
            #expect(all.count == 4)
            #expect(try await harness.assignedAccounts("Developer", accounts: all, in: E.management)
                == Set(["shop-prod", "shop-dev"].compactMap { ids[$0] }))
            #expect(try await harness.assignedAccounts("Administrator", accounts: all, in: E.management)
                == Set([ids["network"]].compactMap { $0 }))
            #expect(try await harness.assignedAccounts("SecurityAudit", accounts: all, in: E.management)
                == Set([ids["log-archive"]].compactMap { $0 }))
        }
    }

    @Test func aConsoleAddedAssignmentAndAConsoleEditedInlinePolicyAreReverted() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await converged(backend)
            let ids = try await accountIds(harness)
            let network = try #require(ids["network"])
            let (api, instance, _) = try await harness.console(E.management)
            let developer = try await harness.permissionSetArn("Developer", in: E.management)
            let intruders = try #require(try await harness.createGroups(["Intruders"], in: E.management)["Intruders"])
            _ = try await api.createAccountAssignmentAndWait(
                .init(instanceArn: instance, targetId: network, targetType: "AWS_ACCOUNT", permissionSetArn: developer,
                      principalType: "GROUP", principalId: intruders), clock: harness.clock)
            try await api.putInlinePolicyToPermissionSet(.init(
                instanceArn: instance, permissionSetArn: developer,
                inlinePolicy: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#))

            let drift = await harness.run(["plan"])
            #expect(drift.status == 2, "\(drift.stderr)")
            #expect(drift.stdout.contains("account-assignment"), "\(drift.stdout)")
            let apply = await harness.run(["apply"])
            #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
            #expect(await harness.run(["plan"]).status == 0)
            #expect(try await harness.assignedAccounts("Developer", accounts: [network], in: E.management).isEmpty)
            let inline = try await api.getInlinePolicyForPermissionSet(.init(instanceArn: instance,
                                                                            permissionSetArn: developer))
            #expect(inline.inlinePolicy?.contains("iam:*") == true)
        }
    }

    @Test func anAccountMovedIntoAnAssignedOUGainsItsAssignmentOnTheNextApply() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await converged(backend)
            let ids = try await accountIds(harness)
            let network = try #require(ids["network"])
            #expect(try await harness.assignedAccounts("Developer", accounts: [network], in: E.management).isEmpty)
            var moved = E()
            moved.placement["network"] = "/Workloads/Prod"
            try harness.write(moved.files)
            let apply = await harness.run(["apply"])
            #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
            #expect(try await harness.assignedAccounts("Developer", accounts: [network], in: E.management) == [network])
            #expect(try await harness.assignedAccounts("Administrator", accounts: [network], in: E.management).isEmpty)
            #expect(await harness.run(["plan"]).status == 0)
        }
    }

    @Test func anUnknownGroupIsAnErrorNamingIt() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            try await harness.createGroups(E.groups, in: E.management)
            var estate = E()
            estate.developersGroup = "Ghosts"
            try harness.write(estate.files)
            #expect(await harness.run(["apply"]).status == 0)
            let plan = await harness.run(["plan"])
            #expect(plan.status == 1)
            #expect(plan.stderr.contains("Ghosts"), "\(plan.stderr)")
        }
    }

    @Test func aNoOpPlanCostsAPinnedNumberOfCalls() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await converged(backend)
            let plan = await harness.run(["plan", "--stats"])
            #expect(plan.status == 0, "\(plan.stdout)\n\(plan.stderr)")
            let calls = IdentityCenterCLITests.calls(in: plan.stderr)
            let services: Set<String> = ["sso", "identitystore", "sso-admin", "identity-store"]
            let identityCenter = calls.filter { services.contains(String($0.key.split(separator: ":")[0])) }
            #expect(identityCenter.values.reduce(0, +) == IdentityCenterCLITests.pinnedNoOpCalls,
                    "\(identityCenter.sorted { $0.key < $1.key })\n\(plan.stderr)")
        }
    }

    /// Identity Center calls of a no-op plan of the estate: ListInstances, ListPermissionSets, 3 × (Describe +
    /// ListTags), 3 × 5 detail reads (managed, customer-managed, inline, boundary, provisioned accounts), the ABAC
    /// configuration, 4 ListAccountAssignments (one per provisioned (permission set, account): 1 + 2 + 1) and
    /// 3 GetGroupId = 31.
    static let pinnedNoOpCalls = 31

    /// `service:Operation → calls` of a `--stats` table (columns SERVICE, OPERATION, CALLS, ...).
    static func calls(in stats: String) -> [String: Int] {
        var out: [String: Int] = [:]
        for line in stats.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count == 7, fields[0] != "total", let count = Int(fields[2]) else { continue }
            out["\(fields[0]):\(fields[1])", default: 0] += count
        }
        return out
    }
}
