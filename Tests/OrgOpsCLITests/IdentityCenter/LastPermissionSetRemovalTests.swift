import AWSServices
import Foundation
import Testing
import TestSupport

/// Removing the last PermissionSet and AccountAssignment manifests of an organization behaves like
/// removing one of several: with prune on the owned permission sets go (assignments first), with prune
/// off they are kept and reported, and a permission set orgops does not own is never touched.
/// End to end against the AWS test server with signatures checked.
@Suite(.serialized) struct LastPermissionSetRemovalTests {
    typealias E = IdentityCenterCLIEstate

    /// A harness with the estate's groups created and the estate applied (two applies: the first creates
    /// the organization, the second converges Identity Center).
    private func converged(_ backend: AWSBackend) async throws -> PlanHarness {
        let harness = try await PlanHarness.make(backend: backend)
        try await harness.createGroups(E.groups, in: E.management)
        try harness.write(E().files)
        for _ in 0..<2 {
            let apply = await harness.run(["apply"])
            #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
        }
        return harness
    }

    /// The estate without any Identity Center manifest, optionally with prune turned off.
    private func withoutIdentityCenter(prune: Bool = true) -> [String: String] {
        var files = E().files.filter { !$0.key.hasPrefix("identity-center/") }
        if !prune {
            files["organizations/acme.yaml"] = files["organizations/acme.yaml"]?
                .replacingOccurrences(of: "prune: true", with: "prune: false")
        }
        return files
    }

    /// The names of every permission set of the management account's instance.
    private func permissionSetNames(_ harness: PlanHarness) async throws -> [String] {
        let (api, instance, _) = try await harness.console(E.management)
        var names: [String] = []
        for arn in try await api.listAllPermissionSets(.init(instanceArn: instance)) {
            if let name = try await api.describePermissionSet(.init(instanceArn: instance, permissionSetArn: arn))
                .permissionSet?.name { names.append(name) }
        }
        return names.sorted()
    }

    /// Creates a permission set by hand, without the ownership tag.
    private func createUnowned(_ name: String, _ harness: PlanHarness) async throws {
        let (api, instance, _) = try await harness.console(E.management)
        _ = try await api.createPermissionSet(.init(name: name, description: "made in the console", instanceArn: instance))
    }

    @Test func withPruneOnTheLastPermissionSetsGoWithTheirAssignmentsAndAnUnownedOneStays() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await converged(backend)
            try await createUnowned("ConsoleMade", harness)
            #expect(try await permissionSetNames(harness) == ["Administrator", "ConsoleMade", "Developer", "SecurityAudit"])
            try harness.write(withoutIdentityCenter())

            let plan = await harness.run(["plan", "--max-deletions", "20"])
            #expect(plan.status == 2, "\(plan.stdout)\n\(plan.stderr)")
            for name in ["Administrator", "Developer", "SecurityAudit"] {
                #expect(plan.stdout.contains("delete permission-set \(name)"), "\(plan.stdout)")
            }
            #expect(plan.stdout.contains("account-assignment"), "assignments are deleted first: \(plan.stdout)")
            #expect(!plan.stdout.contains("ConsoleMade"), "\(plan.stdout)")

            let apply = await harness.run(["apply", "--max-deletions", "20"])
            #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
            #expect(apply.stdout.contains("0 failed"), "\(apply.stdout)")
            #expect(try await permissionSetNames(harness) == ["ConsoleMade"])
            let again = await harness.run(["plan"])
            #expect(again.status == 0, "\(again.stdout)\n\(again.stderr)")
        }
    }

    @Test func withPruneOffTheLastPermissionSetsAreKeptAndReported() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await converged(backend)
            try harness.write(withoutIdentityCenter(prune: false))
            let plan = await harness.run(["plan"])
            #expect(plan.status == 0, "\(plan.stdout)\n\(plan.stderr)")
            #expect(plan.stdout.contains("Kept because prune is off"), "\(plan.stdout)")
            for name in ["Administrator", "Developer", "SecurityAudit"] {
                #expect(plan.stdout.contains(name), "\(plan.stdout)")
            }
            let apply = await harness.run(["apply"])
            #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
            #expect(try await permissionSetNames(harness) == ["Administrator", "Developer", "SecurityAudit"])
            let ids = try await harness.organizations(E.management).accounts()
            let network = try #require(ids.first { $0.name == "network" }?.id)
            #expect(try await harness.assignedAccounts("Administrator", accounts: [network], in: E.management) == [network])
        }
    }

    @Test func anUnownedPermissionSetOfAnOrganizationWithoutManifestsIsNeverTouched() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            try harness.write(withoutIdentityCenter())
            #expect(await harness.run(["apply"]).status == 0)
            try await createUnowned("ConsoleMade", harness)
            let plan = await harness.run(["plan", "--stats"])
            #expect(plan.status == 0, "\(plan.stdout)\n\(plan.stderr)")
            #expect(!plan.stdout.contains("ConsoleMade"), "\(plan.stdout)")
            var calls: [String: Int] = [:]
            for (key, count) in IdentityCenterCLITests.calls(in: plan.stderr) where key.hasPrefix("sso") {
                calls[String(key.split(separator: ":").last ?? ""), default: 0] += count
            }
            // The owned-only read: ListInstances, ListPermissionSets, ListTagsForResource per set; nothing described.
            #expect(calls == ["ListInstances": 1, "ListPermissionSets": 1, "ListTagsForResource": 1], "\(calls)")
            #expect(await harness.run(["apply"]).status == 0)
            #expect(try await permissionSetNames(harness) == ["ConsoleMade"])
        }
    }
}
