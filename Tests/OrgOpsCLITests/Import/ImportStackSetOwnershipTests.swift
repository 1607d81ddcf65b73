import AWSServices
import Foundation
import Testing
import TestSupport

/// A stack set made by hand (no ownership tag) is imported with `adopt: true`: the plan on the
/// imported repository shows its adoption (one UpdateStackSet adding the ownership tag), one apply
/// tags it (its own tags kept), and the next plan is empty. A set tagged for another organization is
/// never taken, neither by the plan nor by a saved plan applied after that organization tagged it.
/// Against the AWS test server, signatures checked.
@Suite(.serialized) struct ImportStackSetOwnershipTests {
    @Test func anUntaggedStackSetIsImportedWithAdoptAndTakenOverByOneApply() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            let (api, out, imported) = try await Self.importHandMade(harness, sets: ["console-made": ["team": "ops"]])
            #expect(imported.stderr.contains("stack set console-made has no 'orgops:managed-by' tag: it is written with adopt: true"),
                    "\(imported.stderr)")
            let manifest = try String(contentsOfFile: out + "/stacksets/console-made.yaml", encoding: .utf8)
            #expect(manifest.contains("- log-archive") && manifest.contains("team: ops"), "\(manifest)")
            #expect(manifest.hasSuffix("  adopt: true\n"), "\(manifest)")

            let plan = await ImportRoundTripTests.run(harness, ["plan", "--repo", out, "--format", "json"])
            // The management account, never declared by the seed, is adopted; so is the stack set.
            #expect(plan.status == 2, "\(plan.stdout)\n\(plan.stderr)")
            let reasons = try ImportRoundTripTests.actionReasons(plan.stdout)
            #expect(reasons.map(\.kind).sorted() == ["adoptAccount", "stackSet.update"], "\(reasons)")
            #expect(reasons.allSatisfy { $0.reason == "adopted into management" }, "\(reasons)")
            #expect(!plan.stdout.contains("without the ownership tag"), "\(plan.stdout)")
            let text = await ImportRoundTripTests.run(harness, ["plan", "--repo", out])
            #expect(text.stdout.contains("~ adopt stack-set console-made"), "\(text.stdout)")
            #expect(text.stdout.contains("tags.orgops:managed-by: (none) → acme"), "\(text.stdout)")

            let applied = await ImportRoundTripTests.run(harness, ["apply", "--repo", out])
            #expect(applied.status == 0, "\(applied.stdout)\n\(applied.stderr)")
            let after = await ImportRoundTripTests.run(harness, ["plan", "--repo", out])
            #expect(after.status == 0, "\(after.stdout)\n\(after.stderr)")

            let described = try await api.describeStackSet(.init(stackSetName: "console-made")).stackSet
            let tags = Dictionary((described?.tags ?? []).compactMap { tag in tag.key.map { ($0, tag.value ?? "") } },
                                  uniquingKeysWith: { first, _ in first })
            #expect(tags == ["team": "ops", "orgops:managed-by": "acme"], "\(tags)")
            let parameters = (described?.parameters ?? []).map { "\($0.parameterKey ?? "")=\($0.parameterValue ?? "")" }
            #expect(parameters == ["Env=prod"], "\(parameters)")
        }
    }

    @Test func adoptionAndATemplateChangeAreOneOperationAndAnotherOrganizationsSetIsNeverTaken() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            let (api, out, imported) = try await Self.importHandMade(
                harness, sets: ["console-made": ["team": "ops"], "theirs": ["orgops:managed-by": "globex"]])
            #expect(imported.stderr.contains("stack set theirs is managed by organization 'globex'"), "\(imported.stderr)")
            let theirs = try String(contentsOfFile: out + "/stacksets/theirs.yaml", encoding: .utf8)
            #expect(!theirs.contains("adopt"), "\(theirs)")
            // Someone asks for the other organization's set too, and changes the template of the hand-made one.
            try (theirs + "  adopt: true\n").write(toFile: out + "/stacksets/theirs.yaml", atomically: true, encoding: .utf8)
            let changed = Self.template.replacingOccurrences(of: "Parameters:", with: "Description: v2\nParameters:") + "\n"
            try changed.write(toFile: out + "/stacksets/templates/console-made.yaml", atomically: true, encoding: .utf8)

            let plan = await ImportRoundTripTests.run(harness, ["plan", "--repo", out])
            #expect(plan.status == 2, "\(plan.stdout)\n\(plan.stderr)")
            #expect(plan.stdout.contains("~ adopt stack-set console-made"), "\(plan.stdout)")
            #expect(plan.stdout.contains("template: sha256:") && plan.stdout.contains("tags.orgops:managed-by: (none) → acme"),
                    "\(plan.stdout)")
            #expect(!plan.stdout.contains("stack-set theirs ("), "\(plan.stdout)")
            #expect(plan.stdout.contains("stack set theirs is managed by organization 'globex' (orgops:managed-by=globex); "
                                         + "it is left alone and never adopted"), "\(plan.stdout)")

            let applied = await ImportRoundTripTests.run(harness, ["apply", "--repo", out])
            #expect(applied.status == 0, "\(applied.stdout)\n\(applied.stderr)")
            let after = await ImportRoundTripTests.run(harness, ["plan", "--repo", out])
            #expect(after.status == 0, "\(after.stdout)\n\(after.stderr)")

            let operations = try await api.listStackSetOperations(.init(stackSetName: "console-made")).summaries ?? []
            #expect(operations.compactMap(\.action).filter { $0 == "UPDATE" }.count == 1, "\(operations)")
            let adopted = try await api.describeStackSet(.init(stackSetName: "console-made")).stackSet
            #expect(adopted?.templateBody?.contains("Description: v2") == true)
            #expect(adopted?.tags?.contains { $0.key == "orgops:managed-by" && $0.value == "acme" } == true)
            let untouched = try await api.describeStackSet(.init(stackSetName: "theirs")).stackSet
            #expect(untouched?.tags?.map { "\($0.key ?? "")=\($0.value ?? "")" } == ["orgops:managed-by=globex"])
            let theirOperations = try await api.listStackSetOperations(.init(stackSetName: "theirs")).summaries ?? []
            #expect(!theirOperations.contains { $0.action == "UPDATE" }, "\(theirOperations)")
        }
    }

    @Test func aSavedAdoptionIsRefusedWhenAnotherOrganizationTaggedTheSetSince() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            let (api, out, _) = try await Self.importHandMade(harness, sets: ["console-made": [:]])
            let file = out + "/.orgops/saved-plan.json"
            let planned = await ImportRoundTripTests.run(harness, ["plan", "--repo", out, "--out", file])
            #expect(planned.status == 2, "\(planned.stdout)\n\(planned.stderr)")
            _ = try await api.updateStackSet(.init(
                stackSetName: "console-made", templateBody: Self.template,
                parameters: [.init(parameterKey: "Env", parameterValue: "prod")],
                tags: [.init(key: "orgops:managed-by", value: "globex")]))

            let applied = await ImportRoundTripTests.run(harness, ["apply", "--repo", out, file])
            #expect(applied.status == 1, "\(applied.stdout)\n\(applied.stderr)")
            let output = applied.stdout + applied.stderr
            #expect(output.contains("is now tagged orgops:managed-by=globex, so it belongs to organization 'globex' "
                                    + "and is not adopted") && output.contains("StackSetOwnedElsewhere"), "\(output)")
            let tags = try await api.describeStackSet(.init(stackSetName: "console-made")).stackSet?.tags ?? []
            #expect(tags.map { "\($0.key ?? "")=\($0.value ?? "")" } == ["orgops:managed-by=globex"])
        }
    }

    /// Seeds the plan estate, makes `sets` by hand (SELF_MANAGED, one instance in log-archive, the given
    /// tags) and imports the organization: the CloudFormation API of its management account, the directory
    /// imported into, and the import's run.
    static func importHandMade(_ harness: PlanHarness, sets: [String: [String: String]]) async throws
        -> (CloudFormationAPI, String, CLIRun) {
        let management = PlanHarness.managementA
        try harness.write(PlanEstate(management: management).files)
        for _ in 0..<2 {
            let seeded = await harness.run(["apply"])
            #expect(seeded.status == 0, "\(seeded.stdout)\n\(seeded.stderr)")
        }
        let ids = try await harness.organizations(management).accounts()
        let target = try #require(ids.first { $0.name == "log-archive" }?.id)
        let api = CloudFormationAPI(client: try await harness.session(management), region: "us-east-1")
        for (name, tags) in sets.sorted(by: { $0.key < $1.key }) {
            _ = try await api.createStackSet(.init(
                stackSetName: name, templateBody: template, parameters: [.init(parameterKey: "Env", parameterValue: "prod")],
                tags: tags.sorted { $0.key < $1.key }.map { .init(key: $0.key, value: $0.value) },
                permissionModel: "SELF_MANAGED"))
            _ = try await api.createStackInstances(.init(stackSetName: name, accounts: [target], regions: ["us-east-1"]))
        }
        let out = harness.repository + "-imported"
        let imported = await ImportRoundTripTests.run(harness, ["import", "--org", "acme", "--role-arn",
                                                                "arn:aws:iam::\(management):role/orgops", "--out", out])
        #expect(imported.status == 0, "\(imported.stderr)")
        return (api, out, imported)
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
