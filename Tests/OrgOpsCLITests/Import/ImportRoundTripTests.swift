import AWSServices
import Foundation
import OrgOpsCLI
import Testing
import TestSupport

/// `orgops import` end to end on the AWS test server, signatures checked: an estate built and then
/// disowned (ownership tags removed, as if created by hand), imported, validated, planned and adopted.
@Suite(.serialized) struct ImportRoundTripTests {
    @Test func importedManifestsPlanOnlyAdoptionAndAreEmptyAfterOneApply() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            try harness.write(Self.seed(management: PlanHarness.managementA))
            let seeded = await harness.run(["apply"])
            #expect(seeded.status == 0, "\(seeded.stdout)\n\(seeded.stderr)")
            let api = try await harness.organizations(PlanHarness.managementA)
            try await Self.disown(api)

            let out = harness.repository + "-imported"
            try await backend.resetCalls()
            let imported = await Self.run(harness, ["import", "--org", "acme", "--role-arn",
                                                    "arn:aws:iam::\(PlanHarness.managementA):role/orgops", "--out", out])
            #expect(imported.status == 0, "\(imported.stdout)\n\(imported.stderr)")
            let calls = try await backend.calls()
            let writes = calls.keys.filter { key in
                let operation = key.split(separator: ":").last.map(String.init) ?? key
                return !(operation.hasPrefix("List") || operation.hasPrefix("Describe") || operation.hasPrefix("Get"))
                    && key != "sts:AssumeRole"
            }
            #expect(writes.isEmpty, "import made non-read calls: \(writes.sorted())")
            #expect(calls.keys.contains { $0.hasPrefix("organizations:DescribePolicy") })

            let files = try Self.files(under: out)
            #expect(files.contains("organizations/acme.yaml"))
            #expect(files.contains("policies/deny-outside-regions.json"))
            let accounts = try String(contentsOfFile: out + "/accounts/security.yaml", encoding: .utf8)
            #expect(accounts.contains("name: log-archive") && accounts.contains("accountId: \""))
            let organization = try String(contentsOfFile: out + "/organizations/acme.yaml", encoding: .utf8)
            #expect(organization.contains("servicePrincipal: member.org.stacksets.cloudformation.amazonaws.com"))
            #expect(organization.contains("name: Prod"))

            let validate = await Self.run(harness, ["validate", "--repo", out])
            #expect(validate.status == 0, "\(validate.stdout)\n\(validate.stderr)")

            let plan = await Self.run(harness, ["plan", "--repo", out, "--format", "json"])
            #expect(plan.status == 2, "\(plan.stdout)\n\(plan.stderr)")
            let reasons = try Self.actionReasons(plan.stdout)
            #expect(!reasons.isEmpty)
            #expect(reasons.allSatisfy { $0.reason == "adopted into management" }, "\(reasons)")
            #expect(reasons.allSatisfy { ["adoptAccount", "tagOrganizationalUnit", "tagPolicy", "tagAccount"].contains($0.kind) },
                    "\(reasons)")

            let apply = await Self.run(harness, ["apply", "--repo", out])
            #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
            let again = await Self.run(harness, ["plan", "--repo", out, "--full-read"])
            #expect(again.status == 0, "\(again.stdout)\n\(again.stderr)")
        }
    }

    @Test func aRoleThatCannotBeAssumedFailsAndWritesNothing() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            let out = harness.repository + "-imported"
            let run = await Self.run(harness, ["import", "--org", "acme", "--role-arn",
                                               "arn:aws:iam::333333333333:role/missing", "--out", out])
            #expect(run.status == 1)
            #expect(run.stderr.contains("organization 'acme': reading live state"), "\(run.stderr)")
            #expect(try Self.files(under: out).isEmpty)
        }
    }

    @Test func refusesAnOutputDirectoryThatIsNotEmpty() async throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("orgops-import-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try "keep".write(toFile: out + "/README.md", atomically: true, encoding: .utf8)
        let err = OutputBuffer()
        let status = await Application.run(arguments: ["import", "--org", "acme", "--out", out],
                                           environment: [:], stdout: OutputBuffer(), stderr: err,
                                           registry: CommandRegistry(abstract: "t", commands: [ImportCommand()]))
        #expect(status == 1)
        #expect(err.text.contains("is not empty"))
    }

    /// Runs orgops in-process with the import, validate, plan and apply commands.
    static func run(_ harness: PlanHarness, _ arguments: [String]) async -> CLIRun {
        let out = OutputBuffer()
        let err = OutputBuffer()
        let registry = CommandRegistry(abstract: "orgops under test", commands: [
            ImportCommand(clock: harness.clock), ValidateCommand(), PlanCommand(clock: harness.clock),
            ApplyCommand(clock: harness.clock),
        ])
        let status = await Application.run(arguments: arguments, environment: harness.environment,
                                           stdout: out, stderr: err, registry: registry)
        return CLIRun(status: status, stdout: out.text, stderr: err.text)
    }

    /// Removes the ownership tag from every OU, account and policy, as if the estate had been built by hand.
    static func disown(_ api: OrganizationsAPI) async throws {
        var ids = [String]()
        var parents = [try await api.rootId()]
        while let parent = parents.popLast() {
            let units = try await api.listAllOrganizationalUnitsForParent(.init(parentId: parent)).compactMap(\.id)
            ids += units
            parents += units
        }
        ids += try await api.accounts().compactMap(\.id)
        for type in ["SERVICE_CONTROL_POLICY", "TAG_POLICY"] {
            ids += try await api.listAllPolicies(.init(filter: type)).filter { $0.awsManaged != true }.compactMap(\.id)
        }
        for id in ids where try await api.tags(id)["orgops:managed-by"] != nil {
            try await api.untagResource(.init(resourceId: id, tagKeys: ["orgops:managed-by"]))
        }
    }

    /// The kind and reason of every planned action, from `plan --format json`.
    static func actionReasons(_ json: String) throws -> [(kind: String, reason: String)] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        var found: [(String, String)] = []
        func walk(_ value: Any) {
            if let dictionary = value as? [String: Any] {
                if let reason = dictionary["reason"] as? String, let kind = dictionary["kind"] {
                    let name = (kind as? [String: Any])?.keys.first ?? (kind as? String) ?? "\(kind)"
                    found.append((name, reason))
                }
                dictionary.values.forEach(walk)
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(object)
        return found
    }

    /// Every file under `root`, relative.
    static func files(under root: String) throws -> Set<String> {
        Set(FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? [])
    }
}
