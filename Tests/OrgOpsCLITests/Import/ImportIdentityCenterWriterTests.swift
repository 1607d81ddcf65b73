@testable import OrgOpsCLI
import Testing

/// The Identity Center manifests import writes, without AWS: names, `adopt`, inline policy files,
/// boundaries, assignments by principal name, OU folding on request, and notices for what cannot be
/// imported as it is.
@Suite struct ImportIdentityCenterWriterTests {
    let output = ImportFixture.render()

    @Test func untaggedPermissionSetsAreAdoptedAndKeepTheirAWSName() {
        let sets = output.files["identity-center/permission-sets.yaml"] ?? ""
        #expect(sets.contains("name: Administrator\n"))
        #expect(sets.contains("sessionDuration: PT2H") && sets.contains("relayState: https://console.aws.amazon.com/"))
        #expect(sets.contains("owner: platform"))
        #expect(!sets.contains("managed-by"))
        let documents = sets.components(separatedBy: "---\n")
        #expect(documents.count == 3)
        #expect(documents.first { $0.contains("name: Administrator") }?.contains("adopt: true") == true)
        #expect(documents.first { $0.contains("Dev+Ops") }?.contains("adopt: true") == false)
    }

    @Test func anInvalidManifestNameIsSluggedAndTheAWSNameKept() {
        let sets = output.files["identity-center/permission-sets.yaml"] ?? ""
        #expect(sets.contains("name: dev-ops\n") && sets.contains("permissionSetName: Dev+Ops"))
        #expect(sets.contains("inlinePolicyFile: policies/dev-ops-inline.json"))
        #expect(sets.contains("customerManagedPolicy:\n      name: boundary\n      path: /"), "\(sets)")
        #expect(sets.contains("- name: team-scope\n      path: /teams/"), "\(sets)")
        let inline = output.files["identity-center/policies/dev-ops-inline.json"] ?? ""
        #expect(inline.hasPrefix("{\n  \"Statement\": [") && inline.hasSuffix("}\n"), "\(inline)")
    }

    @Test func assignmentsNamePrincipalsAndListAccountsUnlessFolded() {
        let assignments = output.files["identity-center/assignments.yaml"] ?? ""
        #expect(assignments.contains("group: PlatformAdmins"))
        #expect(assignments.contains("user: alice@example.com"))
        #expect(assignments.contains("accounts:\n      - log-archive\n      - shop-dev\n      - shop-prod\n"), "\(assignments)")
        #expect(!assignments.contains("organizationalUnits"))
        #expect(assignments.contains("name: platformadmins-administrator\n"))
        let folded = ImportFixture.render(fold: true).files["identity-center/assignments.yaml"] ?? ""
        #expect(folded.contains("organizationalUnits:\n      - /Security\n      - /Workloads\n"), "\(folded)")
        // alice has shop-prod only: /Workloads/Prod holds nothing else, so it folds to that OU.
        #expect(folded.contains("- /Workloads/Prod"), "\(folded)")
    }

    @Test func whatCannotBeImportedIsANotice() {
        #expect(output.notices.contains { $0.contains("'Billing' is managed by organization 'globex'") })
        #expect(output.notices.contains { $0.contains("group g-gone") && $0.contains("no such principal") })
        #expect(output.notices.contains { $0.contains("999999999999") && $0.contains("not an active member") })
        let assignments = output.files["identity-center/assignments.yaml"] ?? ""
        #expect(!assignments.contains("g-gone") && !assignments.contains("999999999999"))
    }

    @Test func accessControlAttributesGoToTheOrganization() {
        let organization = output.files["organizations/acme.yaml"] ?? ""
        #expect(organization.contains("identityCenter:\n    accessControlAttributes:\n      - key: team\n"), "\(organization)")
        #expect(organization.contains("source: ${path:enterprise.department}\n"))
    }

    @Test func foldingNeverTakesTheRootOrAnEmptyOU() {
        let live = ImportFixture.organization
        let everything = Set(live.accounts.map(\.id))
        let targets = AssignmentTargets(assigned: everything, live: live, fold: true)
        #expect(targets.organizationalUnits == ["/Security", "/Workloads"])
        #expect(targets.accounts == [ImportFixture.management])
        let none = AssignmentTargets(assigned: ["000000000103"], live: live, fold: true)
        #expect(none.organizationalUnits.isEmpty && none.accounts == ["000000000103"])
    }
}
