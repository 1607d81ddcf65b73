import AWSServices
import Foundation
import OrgOpsCLI
import Testing
import TestSupport

/// `orgops run --once` over every kind against the AWS test server with signatures checked: Organizations,
/// Identity Center (permission sets, assignments) and StackSets (with scheduled drift detection), converged
/// and recorded in the status branch of a real bare repository.
@Suite(.serialized) struct RunEveryKindTests {
    typealias E = IdentityCenterCLIEstate

    /// A harness with the groups created, a remote with the estate, and `run --once` arguments for it.
    struct Setup {
        let harness: PlanHarness
        let remote: GitTestRemote
        let once: [String]

        func run(_ extra: [String] = []) async -> CLIRun {
            await RunOnceIntegrationTests.run(once + extra, harness: harness)
        }

        /// The whole message of the status branch's newest commit.
        func lastMessage() async throws -> String {
            try await remote.git(["--git-dir=" + remote.bareRepository, "log", "-1", "--format=%B", "refs/heads/orgops/status", "--"])
        }

        /// Every status commit's message, newest first, as one text.
        func allMessages() async throws -> String { try await remote.log("orgops/status", format: "%B").joined(separator: "\n") }

        func trailer(_ key: String) async throws -> String? {
            try await remote.log("orgops/status", format: "%(trailers:key=\(key),valueonly)").first
        }
    }

    static func setUp(_ backend: AWSBackend) async throws -> Setup {
        let harness = try await PlanHarness.make(backend: backend)
        try await harness.createGroups(E.groups, in: E.management)
        let remote = try await GitTestRemote.make(files: try RunEveryKindEstate.files())
        return Setup(harness: harness, remote: remote,
                     once: ["run", "--once", "--repo-url", remote.bareRepository, "--work-dir", remote.workDirectory])
    }

    /// The account IDs of the estate by manifest name.
    static func accountIds(_ harness: PlanHarness) async throws -> [String: String] {
        var out: [String: String] = [:]
        for account in try await harness.organizations(E.management).accounts() {
            if let name = account.name, let id = account.id { out[name] = id }
        }
        return out
    }

    static func instances(_ harness: PlanHarness) async throws -> [String] {
        let api = CloudFormationAPI(client: try await harness.session(E.management), region: "us-east-1")
        return try await api.listAllStackInstances(.init(stackSetName: "break-glass-role"))
            .map { "\($0.account ?? "?")/\($0.region ?? "?")" }.sorted()
    }

    @Test func onceConvergesEveryKindFromEmptyAndANoOpPassCostsAPinnedNumberOfCalls() async throws {
        try await AWSBackend.exclusive { backend in
            let setup = try await Self.setUp(backend)
            defer { setup.remote.remove() }
            let first = await setup.run()
            #expect(first.status == 0, "\(first.stderr)")
            let subjects = try await setup.remote.log("orgops/status", format: "%s")
            #expect(subjects.count == 1)
            #expect(subjects.first?.hasPrefix("orgops(acme): converged ") == true, "\(subjects)")
            let body = try await setup.allMessages()
            #expect(body.contains("+ create permission-set Developer"), "\(body)")
            #expect(body.contains("account-assignment"), "\(body)")
            #expect(body.contains("stack-set break-glass-role"), "\(body)")

            let ids = try await Self.accountIds(setup.harness)
            let all = ["log-archive", "network", "shop-prod", "shop-dev"].compactMap { ids[$0] }
            #expect(all.count == 4)
            #expect(try await setup.harness.assignedAccounts("Developer", accounts: all, in: E.management)
                == Set(["shop-prod", "shop-dev"].compactMap { ids[$0] }))
            #expect(try await Self.instances(setup.harness) == all.sorted().map { "\($0)/us-east-1" })

            // The next pass runs the sets' first drift detection (never ran), finds nothing and commits nothing;
            // the one after is a no-op within the interval, whose calls are pinned.
            let detection = await setup.run()
            #expect(detection.status == 0, "\(detection.stderr)")
            #expect(try await setup.remote.log("orgops/status", format: "%s").count == 1, "nothing changed: no commit")
            let record = setup.remote.workDirectory + "/state/stack-drift/acme.json"
            #expect(FileManager.default.fileExists(atPath: record), "the detection time is kept under --work-dir")
            try await backend.resetCalls()
            let noOp = await setup.run()
            #expect(noOp.status == 0, "\(noOp.stderr)")
            let calls = try await backend.calls()
            #expect(calls["cloudformation:DetectStackSetDrift"] == nil, "not due again within the interval")
            let byService = Dictionary(grouping: calls, by: { String($0.key.split(separator: ":")[0]) })
                .mapValues { $0.reduce(0) { $0 + $1.value } }
            #expect(calls.values.reduce(0, +) == Self.pinnedNoOpCalls,
                    "\(byService.sorted { $0.key < $1.key })\n\(calls.sorted { $0.key < $1.key })")
            #expect(try await setup.remote.log("orgops/status", format: "%s").count == 1)
        }
    }

    @Test func aConsoleAddedAssignmentIsRevertedByTheNextPassAndRecordedAsDrift() async throws {
        try await AWSBackend.exclusive { backend in
            let setup = try await Self.setUp(backend)
            defer { setup.remote.remove() }
            #expect(await setup.run().status == 0)
            let ids = try await Self.accountIds(setup.harness)
            let network = try #require(ids["network"])
            let (api, instance, _) = try await setup.harness.console(E.management)
            let developer = try await setup.harness.permissionSetArn("Developer", in: E.management)
            let intruders = try #require(try await setup.harness.createGroups(["Intruders"], in: E.management)["Intruders"])
            _ = try await api.createAccountAssignmentAndWait(
                .init(instanceArn: instance, targetId: network, targetType: "AWS_ACCOUNT", permissionSetArn: developer,
                      principalType: "GROUP", principalId: intruders), clock: setup.harness.clock)

            let corrected = await setup.run()
            #expect(corrected.status == 0, "\(corrected.stderr)")
            let body = try await setup.lastMessage()
            #expect(body.hasPrefix("orgops(acme): converged "), "\(body)")
            #expect(body.contains("! drift account-assignment"), "\(body)")
            #expect(body.contains("- delete account-assignment"), "\(body)")
            #expect(try await setup.trailer("Orgops-Drift-Found") == "1")
            #expect(try await setup.trailer("Orgops-Drift-Left") == "0")
            #expect(try await setup.harness.assignedAccounts("Developer", accounts: [network], in: E.management).isEmpty)
        }
    }

    @Test func stackDriftFoundByScheduledDetectionIsReappliedAndRecorded() async throws {
        try await AWSBackend.exclusive { backend in
            let setup = try await Self.setUp(backend)
            defer { setup.remote.remove() }
            #expect(await setup.run().status == 0)
            let ids = try await Self.accountIds(setup.harness)
            let account = try #require(ids["shop-prod"])
            try await backend.markStackSetDrift(managementAccount: E.management, stackSetName: "break-glass-role",
                                                account: account, region: "us-east-1")
            try await backend.resetCalls()
            let pass = await setup.run(["--stack-drift-interval", "0s"])
            #expect(pass.status == 0, "\(pass.stderr)")
            let body = try await setup.lastMessage()
            #expect(body.hasPrefix("orgops(acme): converged "), "\(body)")
            #expect(body.contains("! drift stack-set break-glass-role: \(account)/us-east-1 drifted ("), "\(body)")
            #expect(body.contains(", re-applied"), "\(body)")
            #expect(body.contains("~ reapply stack-set break-glass-role #1"), "\(body)")
            #expect(try await setup.trailer("Orgops-Drift-Found") == "1")
            #expect(try await setup.trailer("Orgops-Applied") == "1")
            let calls = try await backend.calls()
            #expect(calls["cloudformation:DetectStackSetDrift"] == 1, "detected on the plan, not again on the verify")
            #expect(calls["cloudformation:UpdateStackInstances"] == 1, "\(calls.sorted { $0.key < $1.key })")
        }
    }

    /// AWS calls of a no-op `run --once` pass of the estate (drift detection not due), counted by the server:
    /// one AssumeRole (a new process); the full Organizations read, 36 (DescribeOrganization, ListRoots,
    /// 9 × ListOrganizationalUnitsForParent and 9 × ListAccountsForParent over the root and eight OUs,
    /// 13 × ListTagsForResource, service access, delegated administrators, CreateAccount statuses); the
    /// 31 Identity Center calls `IdentityCenterCLITests.pinnedNoOpCalls` itemizes (instance and principals
    /// looked up afresh by the pass); and the 4 CloudFormation calls of one set (ListStackSets,
    /// DescribeStackSet, ListStackInstances, ListStackSetOperations): 1 + 36 + 31 + 4 = 72. No verify read:
    /// nothing was applied.
    static let pinnedNoOpCalls = 72
}
