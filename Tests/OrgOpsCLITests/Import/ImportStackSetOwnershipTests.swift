import AWSServices
import Foundation
import Testing
import TestSupport

/// A stack set made by hand (no ownership tag) is imported, but orgops has no way to adopt a stack
/// set: the differ leaves an untagged set alone. Import says so on stderr, and the plan on the
/// imported repository changes nothing about it (it is reported, never updated or redeployed).
@Suite(.serialized) struct ImportStackSetOwnershipTests {
    @Test func anUntaggedStackSetIsImportedNamedInANoticeAndLeftAloneByThePlan() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            let management = PlanHarness.managementA
            try harness.write(PlanEstate(management: management).files)
            for _ in 0..<2 {
                let seeded = await harness.run(["apply"])
                #expect(seeded.status == 0, "\(seeded.stdout)\n\(seeded.stderr)")
            }
            let ids = try await harness.organizations(management).accounts()
            let target = try #require(ids.first { $0.name == "log-archive" }?.id)
            let api = CloudFormationAPI(client: try await harness.session(management), region: "us-east-1")
            _ = try await api.createStackSet(.init(
                stackSetName: "console-made", templateBody: Self.template,
                parameters: [.init(parameterKey: "Env", parameterValue: "prod")], tags: [.init(key: "team", value: "ops")],
                permissionModel: "SELF_MANAGED"))
            _ = try await api.createStackInstances(.init(stackSetName: "console-made", accounts: [target], regions: ["us-east-1"]))

            let out = harness.repository + "-imported"
            let imported = await ImportRoundTripTests.run(harness, ["import", "--org", "acme", "--role-arn",
                                                                    "arn:aws:iam::\(management):role/orgops", "--out", out])
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(imported.stderr.contains("stack set console-made has no 'orgops:managed-by' tag"), "\(imported.stderr)")
            let manifest = try String(contentsOfFile: out + "/stacksets/console-made.yaml", encoding: .utf8)
            #expect(manifest.contains("- log-archive") && manifest.contains("team: ops"), "\(manifest)")

            let plan = await ImportRoundTripTests.run(harness, ["plan", "--repo", out, "--format", "json"])
            // The management account, never declared by the seed, is adopted; nothing touches the stack set.
            #expect(plan.status == 2, "\(plan.stdout)\n\(plan.stderr)")
            let reasons = try ImportRoundTripTests.actionReasons(plan.stdout)
            #expect(reasons.map(\.kind) == ["adoptAccount"], "\(reasons)")
            #expect(plan.stdout.contains("console-made exists without the ownership tag"), "\(plan.stdout)")
        }
    }

    static let template = """
        AWSTemplateFormatVersion: "2010-09-09"
        Parameters:
          Env: { Type: String }
        Resources:
          Topic:
            Type: AWS::SNS::Topic
            Properties:
              TopicName: { "Ref": "Env" }
        """
}
