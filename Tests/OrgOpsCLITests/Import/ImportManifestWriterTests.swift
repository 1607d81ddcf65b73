@testable import OrgOpsCLI
import Testing
import YAML

/// The import writer's layout and naming, without AWS: logical names from AWS names, deduplicated,
/// quoted 12-digit IDs, live tags kept but the ownership tag left out, documents as files.
@Suite struct ImportManifestWriterTests {
    static let live = ImportedOrganization(
        managementAccountId: "111111111111", featureSet: "ALL", policyTypes: ["SERVICE_CONTROL_POLICY"],
        trustedServices: ["sso.amazonaws.com"],
        delegatedAdministrators: [.init(accountId: "000000000102", servicePrincipal: "sso.amazonaws.com")],
        units: [.init(name: "Security", tags: ["owner": "secops", "orgops:managed-by": "acme"], children: [])],
        accounts: [
            .init(id: "000000000101", name: "Log Archive", email: "a@example.com", path: "/Security", tags: ["env": "prod", "cost-center": "4711"]),
            .init(id: "000000000102", name: "log archive", email: "b@example.com", path: "/Security", tags: [:]),
            .init(id: "111111111111", name: "Management", email: "m@example.com", path: "/", tags: [:]),
        ],
        policies: [.init(name: "Deny Leaving", type: "SERVICE_CONTROL_POLICY", description: "", content: "{}",
                         targets: [.root, .unit("/Security"), .account("000000000101")], tags: [:])])

    let files = ImportManifestWriter(organization: "acme", roleArn: nil, region: "us-east-1",
                                     ownerTagKey: "orgops:managed-by").files(for: Self.live)

    @Test func namesComeFromAWSNamesAndAreUnique() {
        let security = files["accounts/security.yaml"] ?? ""
        #expect(security.contains("name: log-archive\n"))
        #expect(security.contains("name: log-archive-2\n"))
        #expect(security.contains("accountName: Log Archive"))
        #expect(files["accounts/root.yaml"]?.contains("organizationalUnit: /") == true)
    }

    @Test func idsAreQuotedAndTheOwnershipTagIsLeftOut() {
        #expect(files["accounts/security.yaml"]?.contains("accountId: \"000000000101\"") == true)
        #expect(files["accounts/security.yaml"]?.contains("cost-center: \"4711\"") == true)
        let organization = files["organizations/acme.yaml"] ?? ""
        #expect(organization.contains("managementAccountId: \"111111111111\""))
        #expect(organization.contains("owner: secops"))
        #expect(!organization.contains("managed-by"))
        #expect(organization.contains("account: log-archive-2"))
        #expect(!organization.contains("access:"))
    }

    @Test func policiesPointAtTheirDocumentAndTargetsByLogicalName() throws {
        let policy = files["policies/deny-leaving.yaml"] ?? ""
        #expect(policy.contains("policyName: Deny Leaving"))
        #expect(policy.contains("documentFile: deny-leaving.json"))
        #expect(policy.contains("- root") && policy.contains("ou: /Security") && policy.contains("account: log-archive"))
        #expect(files["policies/deny-leaving.json"] == "{}\n")
        let documents = try YAMLParser.parse(policy)
        #expect(documents.count == 1)
    }

    @Test func slugsAreManifestNames() {
        #expect(LogicalNames.slug("Log Archive") == "log-archive")
        #expect(LogicalNames.slug("  Prod/EU (1) ") == "prod-eu-1")
        #expect(LogicalNames.slug("***") == "unnamed")
        var names = LogicalNames()
        #expect(names.claim("Prod", kind: "account") == "prod")
        #expect(names.claim("prod", kind: "account") == "prod-2")
        #expect(names.claim("prod", kind: "policy") == "prod")
    }
}
