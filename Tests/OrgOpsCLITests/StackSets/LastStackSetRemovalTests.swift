import AWSServices
import Foundation
import Testing
import TestSupport

/// Removing the last StackSet manifest behaves like removing one of several: with prune on the owned
/// stack set goes (its instances first) in every organization, with prune off it is kept and reported,
/// and a stack set orgops does not own is never touched. End to end against the AWS test server with
/// signatures checked, in two organizations at once.
@Suite(.serialized) struct LastStackSetRemovalTests {
    typealias E = StackSetCLIEstate

    /// Both organizations bootstrapped and the break-glass stack set deployed (two applies).
    private func converged(_ backend: AWSBackend) async throws -> PlanHarness {
        let harness = try await PlanHarness.make(backend: backend,
                                                 managements: [PlanHarness.managementA, PlanHarness.managementB])
        try harness.write(try E().files())
        for _ in 0..<2 {
            let apply = await harness.run(["apply"])
            #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
        }
        return harness
    }

    /// The estate without the StackSet manifest and its template, optionally with prune off.
    private func withoutStackSets(prune: Bool = true) throws -> [String: String] {
        var files = try E().files().filter { !$0.key.hasPrefix("stacksets/") }
        if !prune {
            for (name, _) in E.organizations {
                files["organizations/\(name).yaml"] = files["organizations/\(name).yaml"]?
                    .replacingOccurrences(of: "prune: true", with: "prune: false")
            }
        }
        return files
    }

    private func cloudFormation(_ harness: PlanHarness, _ management: String) async throws -> CloudFormationAPI {
        CloudFormationAPI(client: try await harness.session(management), region: "us-east-1")
    }

    /// The ACTIVE stack sets of `management`, by name.
    private func activeStackSets(_ harness: PlanHarness, _ management: String) async throws -> [String] {
        try await cloudFormation(harness, management).listAllStackSets(.init(status: "ACTIVE"))
            .compactMap(\.stackSetName).sorted()
    }

    /// Creates a self-managed stack set by hand, without the ownership tag.
    private func createUnowned(_ name: String, _ harness: PlanHarness, _ management: String) async throws {
        _ = try await cloudFormation(harness, management).createStackSet(.init(
            stackSetName: name, description: "made in the console",
            templateBody: "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n"))
    }

    @Test func withPruneOnTheLastStackSetGoesInstancesFirstAndAnUnownedOneStays() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await converged(backend)
            try await createUnowned("console-made", harness, PlanHarness.managementA)
            try harness.write(try withoutStackSets())

            let plan = await harness.run(["plan", "--max-deletions", "20"])
            #expect(plan.status == 2, "\(plan.stdout)\n\(plan.stderr)")
            #expect(plan.stdout.contains("undeploy stack-set break-glass-role"), "\(plan.stdout)")
            #expect(plan.stdout.contains("delete stack-set break-glass-role"), "\(plan.stdout)")
            #expect(!plan.stdout.contains("console-made"), "\(plan.stdout)")

            let apply = await harness.run(["apply", "--max-deletions", "20"])
            #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
            #expect(try await activeStackSets(harness, PlanHarness.managementA) == ["console-made"])
            #expect(try await activeStackSets(harness, PlanHarness.managementB) == [])
            let again = await harness.run(["plan"])
            #expect(again.status == 0, "\(again.stdout)\n\(again.stderr)")
        }
    }

    @Test func withPruneOffTheLastStackSetIsKeptAndReported() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await converged(backend)
            try harness.write(try withoutStackSets(prune: false))
            let plan = await harness.run(["plan"])
            #expect(plan.status == 0, "\(plan.stdout)\n\(plan.stderr)")
            #expect(plan.stdout.contains("Kept because prune is off"), "\(plan.stdout)")
            #expect(plan.stdout.contains("break-glass-role"), "\(plan.stdout)")
            let apply = await harness.run(["apply"])
            #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
            for (name, management) in E.organizations {
                #expect(try await activeStackSets(harness, management) == ["break-glass-role"], "\(name)")
                let instances = try await cloudFormation(harness, management)
                    .listAllStackInstances(.init(stackSetName: "break-glass-role"))
                #expect(instances.count == 2, "\(name)")
            }
        }
    }

    @Test func anUnownedStackSetOfAnOrganizationWithoutManifestsIsNeverTouched() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend,
                                                     managements: [PlanHarness.managementA, PlanHarness.managementB])
            try harness.write(try withoutStackSets())
            #expect(await harness.run(["apply"]).status == 0)
            try await createUnowned("console-made", harness, PlanHarness.managementA)
            let plan = await harness.run(["plan", "--stats"])
            #expect(plan.status == 0, "\(plan.stdout)\n\(plan.stderr)")
            #expect(!plan.stdout.contains("console-made"), "\(plan.stdout)")
            let calls = IdentityCenterCLITests.calls(in: plan.stderr).filter { $0.key.hasPrefix("cloudformation:") }
            // ListStackSets per organization, DescribeStackSet for the one set (its tags): nothing read in depth.
            #expect(calls == ["cloudformation:ListStackSets": 2, "cloudformation:DescribeStackSet": 1], "\(calls)")
            #expect(await harness.run(["apply"]).status == 0)
            #expect(try await activeStackSets(harness, PlanHarness.managementA) == ["console-made"])
        }
    }
}
