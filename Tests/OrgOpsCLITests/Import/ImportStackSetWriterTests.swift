import AWSServices
@testable import OrgOpsCLI
import Testing

/// The StackSet manifests import writes, without AWS: templates as files, NoEcho values never
/// written (secret parameters from the environment instead), overrides, targets per permission
/// model, and notices for what the manifest cannot say.
@Suite struct ImportStackSetWriterTests {
    let output = ImportFixture.render()

    @Test func aServiceManagedSetTargetsItsOUsAndKeepsSecretsOut() {
        let alerts = output.files["stacksets/alerts.yaml"] ?? ""
        #expect(alerts.contains("templateFile: templates/alerts.yaml"))
        #expect(output.files["stacksets/templates/alerts.yaml"]?.hasSuffix("Resources: {}\n") == true)
        #expect(alerts.contains("organizationalUnits:\n      - /Workloads\n"), "\(alerts)")
        #expect(!alerts.contains("accounts:\n      - shop") && !alerts.contains("excludeAccounts"))
        #expect(alerts.contains("secretParameters:\n    Token:\n      env: ALERTS_TOKEN\n"), "\(alerts)")
        #expect(alerts.contains("Env: shared"))
        #expect(alerts.contains("managedExecution:\n    active: true") && alerts.contains("enabled: true"))
        #expect(alerts.contains("owner: secops") && !alerts.contains("managed-by"))
        #expect(!output.files.values.contains { $0.contains("****") })
        #expect(output.notices.contains { $0.contains("set ALERTS_TOKEN in the operator's environment") })
        #expect(!output.notices.contains { $0.contains("alerts has no") })
    }

    @Test func overridesAreDeclaredPerAccountAndRegionWithoutNoEchoValues() {
        let alerts = output.files["stacksets/alerts.yaml"] ?? ""
        #expect(alerts.contains("""
              parameterOverrides:
                - accounts:
                    - shop-prod
                  regions:
                    - eu-west-1
                  parameters:
                    Env: prod-eu
            """), "\(alerts)")
        #expect(output.notices.contains { $0.contains("secret override of Token in 000000000102/eu-west-1") })
    }

    @Test func aSelfManagedSetListsItsAccountsAndRoles() {
        let audit = output.files["stacksets/audit.yaml"] ?? ""
        #expect(audit.contains("templateFile: templates/audit.json"))
        #expect(output.files["stacksets/templates/audit.json"] == "{\"Resources\": {}}\n")
        #expect(audit.contains("accounts:\n      - log-archive\n      - management\n"), "\(audit)")
        #expect(audit.contains("administrationRoleArn: arn:aws:iam::111111111111:role/Admin"))
        #expect(audit.contains("executionRoleName: Exec") && audit.contains("- CAPABILITY_NAMED_IAM"))
        #expect(!audit.contains("autoDeployment"))
        #expect(output.notices.contains { $0.contains("stack set audit has no 'orgops:managed-by' tag") })
    }

    @Test func aSetWithoutInstancesIsLeftOutWithANotice() {
        #expect(output.files["stacksets/empty.yaml"] == nil)
        #expect(output.notices.contains { $0.contains("stack set empty is not imported") })
    }

    @Test func targetsFilterByTheShorterListAndNameWhatTheyCannotSay() {
        let live = ImportFixture.organization
        let set = StackSetImport(name: "s", permissionModel: "SERVICE_MANAGED", templateBody: "",
                                 organizationalUnitIds: ["r-root"], regions: ["us-east-1", "eu-west-1"],
                                 instances: [.init(account: "000000000101", region: "us-east-1"),
                                             .init(account: "000000000101", region: "eu-west-1"),
                                             .init(account: "000000000102", region: "us-east-1")])
        let targets = StackSetTargets(set, live: live)
        #expect(targets.organizationalUnits == ["/"])
        #expect(targets.excludeAccounts == ["000000000103"] && targets.accounts.isEmpty)
        #expect(targets.notices.contains { $0.contains("no instance in 000000000102/eu-west-1") })

        var narrow = set
        narrow.instances = [.init(account: "000000000101", region: "us-east-1"), .init(account: "000000000101", region: "eu-west-1")]
        #expect(StackSetTargets(narrow, live: live).accounts == ["000000000101"])
        narrow.organizationalUnitIds = ["ou-work", "ou-gone"]
        let outside = StackSetTargets(narrow, live: live)
        #expect(outside.notices.contains { $0.contains("target OU ou-gone") })
        #expect(outside.notices.contains { $0.contains("000000000101 are outside its target OUs") })
    }

    @Test func aParameterNamedLikeASecretIsNeverWrittenEvenWhenAWSReturnsIt() {
        let set = StackSetImport(name: "db", permissionModel: "SELF_MANAGED", templateBody: "Resources: {}",
                                 parameters: ["DbPassword": "hunter2", "Size": "small"],
                                 instances: [.init(account: "000000000101", region: "us-east-1",
                                                   parameterOverrides: ["ApiToken": "abc123", "Size": "large"])])
        var live = ImportFixture.organization
        live.stackSets = [set]
        let output = ImportManifestWriter(organization: "acme", roleArn: nil, region: "us-east-1",
                                          ownerTagKey: "orgops:managed-by").render(live)
        let db = output.files["stacksets/db.yaml"] ?? ""
        #expect(!output.files.values.contains { $0.contains("hunter2") || $0.contains("abc123") })
        #expect(db.contains("DbPassword:\n      env: DB_DB_PASSWORD") && db.contains("Size: large"), "\(db)")
        #expect(output.notices.contains { $0.contains("DbPassword looks like a secret by its name") })
        #expect(output.notices.contains { $0.contains("secret override of ApiToken") })
    }

    @Test func secretVariablesAreUpperSnakeCase() {
        #expect(ImportManifestWriter.environmentName("alerts", "WebhookToken") == "ALERTS_WEBHOOK_TOKEN")
        #expect(ImportManifestWriter.environmentName("break-glass", "Token2") == "BREAK_GLASS_TOKEN2")
    }
}
