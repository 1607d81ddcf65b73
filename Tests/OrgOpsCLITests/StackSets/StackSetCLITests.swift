import AWSServices
import Foundation
import Testing
import TestSupport

/// `orgops plan` / `apply` with the break-glass StackSet of `Examples/multi-org`, end to end against
/// the AWS test server with signatures checked, in two organizations at once.
@Suite(.serialized) struct StackSetCLITests {
    typealias E = StackSetCLIEstate

    /// A harness with both organizations bootstrapped and the estate applied: the first apply creates the
    /// organizations (stack sets are planned once they exist), the second deploys the stack set.
    private func converged(_ backend: AWSBackend, _ estate: E = E()) async throws -> PlanHarness {
        let harness = try await PlanHarness.make(backend: backend,
                                                 managements: [PlanHarness.managementA, PlanHarness.managementB])
        try harness.write(try estate.files())
        for _ in 0..<2 {
            let apply = await harness.run(["apply"])
            #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
        }
        return harness
    }

    /// CloudFormation of `management`'s `orgops` role.
    private func cloudFormation(_ harness: PlanHarness, _ management: String) async throws -> CloudFormationAPI {
        CloudFormationAPI(client: try await harness.session(management), region: "us-east-1")
    }

    /// The member account IDs of the organization of `management`.
    private func members(_ harness: PlanHarness, _ management: String) async throws -> [String] {
        try await harness.organizations(management).accounts().compactMap(\.id).filter { $0 != management }.sorted()
    }

    @Test func theBreakGlassRoleConvergesInBothOrganizationsAndTheSecondPlanIsEmpty() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend,
                                                     managements: [PlanHarness.managementA, PlanHarness.managementB])
            try harness.write(try E().files())
            let first = await harness.run(["apply"])
            #expect(first.status == 0, "\(first.stdout)\n\(first.stderr)")
            #expect(first.stdout.contains("stack sets are planned once the organization exists"))
            let plan = await harness.run(["plan"])
            #expect(plan.status == 2, "\(plan.stderr)")
            #expect(plan.stdout.contains("break-glass-role"), "\(plan.stdout)")
            for format in ["json", "markdown"] {
                let rendered = await harness.run(["plan", "--format", format])
                #expect(rendered.status == 2 && rendered.stdout.contains("break-glass-role"), "\(format)")
            }

            let apply = await harness.run(["apply"])
            #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
            let again = await harness.run(["plan"])
            #expect(again.status == 0, "\(again.stdout)\n\(again.stderr)")

            for (name, management) in E.organizations {
                let api = try await cloudFormation(harness, management)
                let instances = try await api.listAllStackInstances(.init(stackSetName: "break-glass-role"))
                    .map { "\($0.account ?? "?")/\($0.region ?? "?")" }.sorted()
                let members = try await members(harness, management)
                #expect(members.count == 2, "\(name)")
                #expect(instances == members.map { "\($0)/us-east-1" }, "\(name)")
                let described = try await api.describeStackSet(.init(stackSetName: "break-glass-role"))
                let trusted = described.stackSet?.parameters?.first { $0.parameterKey == "TrustedAccountId" }
                #expect(trusted?.parameterValue == management, "\(name)")
            }
        }
    }

    @Test func aTemplateChangeIsRolledOutToEveryInstance() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await converged(backend)
            var changed = E()
            changed.maxSessionDuration = 7200
            try harness.write(try changed.files())
            let plan = await harness.run(["plan"])
            #expect(plan.status == 2, "\(plan.stderr)")
            #expect(plan.stdout.contains("break-glass-role"), "\(plan.stdout)")
            let apply = await harness.run(["apply"])
            #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
            #expect(await harness.run(["plan"]).status == 0)
            for (name, management) in E.organizations {
                let api = try await cloudFormation(harness, management)
                let body = try await api.describeStackSet(.init(stackSetName: "break-glass-role")).stackSet?.templateBody
                #expect(body?.contains("MaxSessionDuration: 7200") == true, "\(name)")
                for instance in try await api.listAllStackInstances(.init(stackSetName: "break-glass-role")) {
                    #expect(instance.status == "CURRENT", "\(name) \(instance.account ?? "?")")
                }
            }
        }
    }

    @Test func detectStackDriftReportsADriftedInstanceAndRecordsTheRun() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await converged(backend)
            let account = try #require(try await members(harness, PlanHarness.managementA).first)
            try await backend.markStackSetDrift(managementAccount: PlanHarness.managementA,
                                                stackSetName: "break-glass-role", account: account, region: "us-east-1")
            let plan = await harness.run(["plan", "--detect-stack-drift", "--org", "acme"])
            #expect(plan.status != 1, "\(plan.stderr)")
            #expect(plan.stdout.contains("\(account)/us-east-1 drifted"), "\(plan.stdout)")
            let record = StackDriftRecordFile(repository: harness.repository, organization: "acme")
            #expect(try record.names() == ["break-glass-role"])

            // Within the interval and without the flag, detection does not run again.
            let scheduled = await harness.run(["plan", "--org", "acme", "--stats"])
            #expect(!scheduled.stderr.contains("DetectStackSetDrift"), "\(scheduled.stderr)")
            let forced = await harness.run(["plan", "--org", "acme", "--stats", "--stack-drift-interval", "0s"])
            #expect(forced.stderr.contains("DetectStackSetDrift"), "\(forced.stderr)")
        }
    }

    @Test func aNoOpPlanCostsAPinnedNumberOfCalls() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await converged(backend)
            // The first plan after the sets exist runs their first drift detection (never ran); the next is a no-op.
            #expect(await harness.run(["plan"]).status == 0)
            let plan = await harness.run(["plan", "--stats"])
            #expect(plan.status == 0, "\(plan.stdout)\n\(plan.stderr)")
            let calls = IdentityCenterCLITests.calls(in: plan.stderr).filter { $0.key.hasPrefix("cloudformation:") }
            #expect(calls.values.reduce(0, +) == Self.pinnedNoOpCalls, "\(calls.sorted { $0.key < $1.key })")
            #expect(calls["cloudformation:DetectStackSetDrift"] == nil)
        }
    }

    @Test func secretParametersComeFromTheEnvironmentAtApplyTimeAndAreNeverPrinted() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await converged(backend)
            let secret = "s3cr3t-webhook-token-value"
            var files = try E().files()
            files["stacksets/alerts.yaml"] = """
                apiVersion: orgops/v1
                kind: StackSet
                metadata: { name: alerts, organizations: [acme] }
                spec:
                  templateFile: templates/alerts.yaml
                  permissionModel: SERVICE_MANAGED
                  autoDeployment: { enabled: true, retainStacksOnAccountRemoval: false }
                  deploymentTargets: { organizationalUnits: [/Workloads] }
                  regions: [us-east-1]
                  parameters: { Env: prod }
                  secretParameters:
                    Webhook: { env: ALERTS_WEBHOOK_TOKEN }

                """
            files["stacksets/templates/alerts.yaml"] = """
                AWSTemplateFormatVersion: "2010-09-09"
                Parameters:
                  Env: { Type: String }
                  Webhook: { Type: String, NoEcho: true }
                Resources:
                  Topic:
                    Type: AWS::SNS::Topic
                    Properties:
                      TopicName: { "Ref": "Env" }

                """
            try harness.write(files)
            let planFile = harness.repository + "/.orgops/alerts.plan"
            let plan = await harness.run(["plan", "--out", planFile, "--format", "json"])
            #expect(plan.status == 2, "\(plan.stderr)")
            let apply = await harness.run(["apply", planFile], environment: ["ALERTS_WEBHOOK_TOKEN": secret])
            #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
            let saved = try String(contentsOfFile: planFile, encoding: .utf8)
            for text in [plan.stdout, plan.stderr, apply.stdout, apply.stderr, saved] {
                #expect(!text.contains(secret))
            }
            let api = try await cloudFormation(harness, PlanHarness.managementA)
            let described = try await api.describeStackSet(.init(stackSetName: "alerts"))
            #expect(described.stackSet?.parameters?.contains { $0.parameterKey == "Webhook" } == true)
            #expect(try await api.listAllStackInstances(.init(stackSetName: "alerts")).count == 1)
        }
    }

    /// CloudFormation calls of a no-op plan of both organizations (drift detection not due): per organization
    /// ListStackSets, and for its one set DescribeStackSet, ListStackInstances and ListStackSetOperations = 2 × 4.
    static let pinnedNoOpCalls = 8
}

/// The drift-run record the CLI keeps in the state directory, read back by a test.
struct StackDriftRecordFile {
    let repository: String
    let organization: String

    /// The stack-set names with a recorded detection time.
    func names() throws -> [String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(repository)/.orgops/stack-drift/\(organization).json"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        return object.keys.sorted()
    }
}
