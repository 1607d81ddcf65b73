import AWSServices
import Foundation
import OrgOpsCLI
import Testing
import TestSupport

/// `orgops import` end to end on the AWS test server, signatures checked: an estate built and then
/// disowned (ownership tags removed from OUs, accounts, policies and permission sets, as if created by
/// hand), imported, validated, planned and adopted. Its stack sets keep their ownership tag, since orgops
/// cannot adopt an untagged stack set (`ImportStackSetOwnershipTests` covers that case): they stand for
/// an estate orgops already managed, whose repository is re-created by import.
@Suite(.serialized) struct ImportRoundTripTests {
    @Test func importedManifestsPlanOnlyAdoptionAndAreEmptyAfterOneApply() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            let management = PlanHarness.managementA
            try await Self.createPrincipals(harness, in: management)
            try harness.write(Self.seed(management: management).merging(Self.identityCenterFiles) { $1 }
                .merging(Self.stackSetFiles) { $1 })
            let secret = [Self.secretVariable: Self.secret]
            for _ in 0..<2 {
                let seeded = await harness.run(["apply"], environment: secret)
                #expect(seeded.status == 0, "\(seeded.stdout)\n\(seeded.stderr)")
            }
            let converged = await harness.run(["plan"])
            #expect(converged.status == 0, "\(converged.stdout)\n\(converged.stderr)")
            try await Self.disown(try await harness.organizations(management))
            try await Self.disownPermissionSets(harness, in: management)

            let out = harness.repository + "-imported"
            try await backend.resetCalls()
            let imported = await Self.run(harness, ["import", "--org", "acme", "--role-arn",
                                                    "arn:aws:iam::\(management):role/orgops", "--out", out])
            #expect(imported.status == 0, "\(imported.stdout)\n\(imported.stderr)")
            let calls = try await backend.calls()
            let writes = calls.keys.filter { key in
                let operation = key.split(separator: ":").last.map(String.init) ?? key
                return !(operation.hasPrefix("List") || operation.hasPrefix("Describe") || operation.hasPrefix("Get"))
                    && key != "sts:AssumeRole"
            }
            #expect(writes.isEmpty, "import made non-read calls: \(writes.sorted())")
            #expect(calls.keys.contains { $0.hasPrefix("organizations:DescribePolicy") })
            #expect(calls.keys.contains { $0.hasSuffix("DescribeStackInstance") }, "\(calls.keys.sorted())")
            #expect(imported.stderr.contains(Self.secretVariable), "\(imported.stderr)")
            #expect(imported.stdout.contains("3 permission sets, 2 stack sets"), "\(imported.stdout)")

            let files = try Self.files(under: out)
            for file in ["organizations/acme.yaml", "policies/deny-outside-regions.json", "identity-center/permission-sets.yaml",
                         "identity-center/assignments.yaml", "identity-center/policies/developer-inline.json",
                         "stacksets/baseline.yaml", "stacksets/templates/baseline.yaml", "stacksets/audit-topic.yaml",
                         "stacksets/templates/audit-topic.yaml"] {
                #expect(files.contains(file), "\(file) not in \(files.sorted())")
            }
            let texts = try files.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }
                .map { try String(contentsOfFile: out + "/" + $0, encoding: .utf8) }
            #expect(!texts.contains { $0.contains(Self.secret) })
            let accounts = try String(contentsOfFile: out + "/accounts/security.yaml", encoding: .utf8)
            #expect(accounts.contains("name: log-archive") && accounts.contains("accountId: \""))
            let organization = try String(contentsOfFile: out + "/organizations/acme.yaml", encoding: .utf8)
            #expect(organization.contains("servicePrincipal: member.org.stacksets.cloudformation.amazonaws.com"))
            #expect(organization.contains("name: Prod"))
            let sets = try String(contentsOfFile: out + "/identity-center/permission-sets.yaml", encoding: .utf8)
            #expect(sets.contains("adopt: true") && sets.contains("name: team-scope") && sets.contains("path: /teams/"), "\(sets)")
            let assignments = try String(contentsOfFile: out + "/identity-center/assignments.yaml", encoding: .utf8)
            #expect(assignments.contains("user: \(Self.user)") && assignments.contains("group: PlatformAdmins"), "\(assignments)")
            let baseline = try String(contentsOfFile: out + "/stacksets/baseline.yaml", encoding: .utf8)
            #expect(baseline.contains("env: \(Self.secretVariable)") && baseline.contains("Env: prod-eu"), "\(baseline)")

            let validate = await Self.run(harness, ["validate", "--repo", out])
            #expect(validate.status == 0, "\(validate.stdout)\n\(validate.stderr)")

            let plan = await Self.run(harness, ["plan", "--repo", out, "--format", "json"])
            #expect(plan.status == 2, "\(plan.stdout)\n\(plan.stderr)")
            let reasons = try Self.actionReasons(plan.stdout)
            #expect(!reasons.isEmpty)
            #expect(reasons.allSatisfy { $0.reason == "adopted into management" }, "\(reasons)")
            #expect(reasons.allSatisfy { Self.adoptionKinds.contains($0.kind) }, "\(reasons)")
            #expect(reasons.filter { $0.kind == "identityCenter.adoptPermissionSet" }.count == 3, "\(reasons)")

            // Folded assignments target whole OUs where they cover every account beneath; the plan is the same.
            let folded = out + "-folded"
            let foldedImport = await Self.run(harness, ["import", "--org", "acme", "--role-arn",
                                                        "arn:aws:iam::\(management):role/orgops", "--fold-assignments",
                                                        "--out", folded])
            #expect(foldedImport.status == 0, "\(foldedImport.stderr)")
            let foldedAssignments = try String(contentsOfFile: folded + "/identity-center/assignments.yaml", encoding: .utf8)
            #expect(foldedAssignments.contains("- /Workloads") && foldedAssignments.contains("- /Security"), "\(foldedAssignments)")
            let foldedPlan = await Self.run(harness, ["plan", "--repo", folded, "--format", "json"])
            #expect(foldedPlan.status == 2, "\(foldedPlan.stderr)")
            #expect(try Self.actionReasons(foldedPlan.stdout).map(\.kind).sorted() == reasons.map(\.kind).sorted())

            let apply = await Self.run(harness, ["apply", "--repo", out])
            #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
            let again = await Self.run(harness, ["plan", "--repo", out, "--full-read", "--format", "json"])
            #expect(again.status == 0, "\(again.stdout)\n\(again.stderr)")
            #expect(try Self.actionReasons(again.stdout).isEmpty, "\(again.stdout)")
        }
    }

    /// The actions a plan right after import may hold: the ownership tag added, nothing else.
    static let adoptionKinds: Set<String> = ["adoptAccount", "tagOrganizationalUnit", "tagPolicy", "tagAccount",
                                             "identityCenter.adoptPermissionSet"]

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
                    var name = (kind as? [String: Any])?.keys.first ?? (kind as? String) ?? "\(kind)"
                    // Identity Center and StackSets actions are wrapped: {"identityCenter": {"action": {"adopt…": …}}}.
                    if ["identityCenter", "stackSet"].contains(name),
                       let wrapped = ((kind as? [String: Any])?[name] as? [String: Any])?["action"] as? [String: Any],
                       let inner = wrapped.keys.first {
                        name += "." + inner
                    }
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
