import Foundation
import OperatorSupport
import Testing
@testable import OrgModel

/// Discovery, replication, substitution and limit rules, on small in-memory repositories.
@Suite struct LoaderBehaviourTests {
    static let organization = """
        apiVersion: orgops/v1
        kind: Organization
        metadata: { name: workloads }
        spec:
          managementAccountId: "111111111111"
          region: us-east-1
          policyTypes: [SERVICE_CONTROL_POLICY]
          organizationalUnits: [{ name: Sandbox }]

        """
    static let second = """
        apiVersion: orgops/v1
        kind: Organization
        metadata: { name: sandbox }
        spec:
          managementAccountId: "999999999999"
          region: eu-west-1
          policyTypes: [SERVICE_CONTROL_POLICY]

        """
    static let scp = #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*"}]}"#

    func load(_ texts: [String: String], symlinks: [String: String] = [:]) -> LoadResult {
        ManifestLoader.load(files: InMemoryRepositoryFiles(texts: texts, symlinks: symlinks))
    }

    func codes(_ result: LoadResult) -> [String] { result.diagnostics.map(\.code) }

    @Test func skipsDotDirectoriesIgnoredPathsAndForeignDocuments() {
        let result = load([
            "org.yaml": Self.organization + "---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: x }\n",
            ".github/ci.yaml": "broken: [",
            "drafts/wip.yaml": "broken: [",
            ".orgopsignore": "drafts/\n",
            "README.md": "not yaml",
        ])
        #expect(result.diagnostics.isEmpty)
        #expect(result.desired?.organizationNames == ["workloads"])
    }

    @Test func unparsableTemplateIsNotAnErrorWhenOnlyReferencedAsTemplate() {
        let stackSet = """
            apiVersion: orgops/v1
            kind: StackSet
            metadata: { name: baseline, organization: workloads }
            spec:
              templateFile: templates/t.yaml
              permissionModel: SERVICE_MANAGED
              deploymentTargets: { organizationalUnits: [/Sandbox] }
              regions: [us-east-1]

            """
        let result = load(["org.yaml": Self.organization, "s.yaml": stackSet, "templates/t.yaml": "Resources: [unclosed"])
        #expect(result.diagnostics.isEmpty)
        #expect(result.desired?.organizations["workloads"]?.stackSets.first?.templateBody == Array("Resources: [unclosed".utf8))
        let unreferenced = load(["org.yaml": Self.organization, "templates/t.yaml": "Resources: [unclosed"])
        #expect(unreferenced.diagnostics.count == 1)
        #expect(unreferenced.diagnostics.first?.code.hasPrefix("yaml-") == true)
    }

    @Test func symbolicLinksMayNotLeaveTheRepository() {
        let policy = """
            apiVersion: orgops/v1
            kind: Policy
            metadata: { name: deny, organization: workloads }
            spec:
              type: SERVICE_CONTROL_POLICY
              documentFile: link.json

            """
        let escaping = load(["org.yaml": Self.organization, "p.yaml": policy, "outside.yaml": ""],
                            symlinks: ["link.json": "../../etc/passwd", "evil.yaml": "/etc/hosts"])
        #expect(codes(escaping).sorted() == ["file-escape", "symlink-escape"])
        let inside = load(["org.yaml": Self.organization, "p.yaml": policy, "real/deny.json": Self.scp],
                          symlinks: ["link.json": "real/deny.json"])
        #expect(inside.diagnostics.isEmpty)
        #expect(inside.desired?.organizations["workloads"]?.policies.first?.document?.sourceFile == "link.json")
    }

    @Test func replicatesIntoEveryOrganizationWithSubstitution() throws {
        let policy = """
            apiVersion: orgops/v1
            kind: Policy
            metadata: { name: deny, organizations: ["*"] }
            spec:
              type: SERVICE_CONTROL_POLICY
              description: "guardrail of ${organization.name} in ${organization.region} (${organization.managementAccountId})"
              document:
                Version: "2012-10-17"
                Statement:
                  - { Effect: Deny, Action: "s3:*", Resource: "arn:aws:s3:::${organization.name}-*" }
              targets: [root]

            """
        let result = load(["org.yaml": Self.organization + "---\n" + Self.second, "p.yaml": policy])
        #expect(result.diagnostics.isEmpty)
        let desired = try #require(result.desired)
        #expect(desired.organizations["workloads"]?.policies.first?.description == "guardrail of workloads in us-east-1 (111111111111)")
        #expect(desired.organizations["sandbox"]?.policies.first?.description == "guardrail of sandbox in eu-west-1 (999999999999)")
        #expect(desired.organizations["sandbox"]?.policies.first?.document?.canonicalJSON.contains("arn:aws:s3:::sandbox-*") == true)
    }

    @Test func replicationToAListPlacesOnlyThere() {
        let policy = """
            apiVersion: orgops/v1
            kind: Policy
            metadata: { name: deny, organizations: [sandbox] }
            spec: { type: SERVICE_CONTROL_POLICY, document: '\(Self.scp)' }

            """
        let result = load(["org.yaml": Self.organization + "---\n" + Self.second, "p.yaml": policy])
        #expect(result.desired?.organizations["workloads"]?.policies.isEmpty == true)
        #expect(result.desired?.organizations["sandbox"]?.policies.count == 1)
    }

    @Test func substitutionLeavesOtherPlaceholdersAlone() {
        let substitution = Substitution(name: "w", managementAccountId: "111111111111", region: "us-east-1")
        #expect(substitution.apply("${organization.name}/${AWS::Region}/${path:x}") == "w/${AWS::Region}/${path:x}")
        #expect(Substitution.unknownVariables(in: "${organization.nme} and ${organization.region}") == ["nme"])
        #expect(Substitution.unknownVariables(in: "no variables") == [])
    }

    @Test func unquotedAccountIdWarnsButStaysAString() throws {
        let account = """
            apiVersion: orgops/v1
            kind: Account
            metadata: { name: shop, organization: workloads }
            spec:
              accountId: 012345678901
              email: shop@example.com
              organizationalUnit: /

            """
        let result = load(["org.yaml": Self.organization, "a.yaml": account])
        #expect(codes(result) == ["unquoted-account-id"])
        #expect(result.diagnostics.first?.severity == .warning)
        #expect(result.diagnostics.first?.location == SourceLocation(file: "a.yaml", line: 5, column: 14))
        #expect(result.desired?.organizations["workloads"]?.accounts.first?.accountId == "012345678901")
    }

    @Test func takingOverFullAWSAccessFreesASlot() {
        var texts = ["org.yaml": Self.organization]
        for i in 1...5 {
            texts["p\(i).yaml"] = """
                apiVersion: orgops/v1
                kind: Policy
                metadata: { name: p\(i), organization: workloads }
                spec: { type: SERVICE_CONTROL_POLICY, document: '\(Self.scp)', targets: [root] }

                """
        }
        #expect(codes(load(texts)) == ["too-many-policies"])
        texts["full.yaml"] = """
            apiVersion: orgops/v1
            kind: Policy
            metadata: { name: full, organization: workloads }
            spec: { awsManaged: FullAWSAccess, targets: [{ ou: /Sandbox }] }

            """
        let result = load(texts)
        #expect(result.diagnostics.isEmpty)
        #expect(result.desired?.organizations["workloads"]?.policies.first { $0.name == "full" }?.document == nil)
    }

    @Test func repositoryReadFailureIsADiagnostic() {
        let result = ManifestLoader.load(files: LocalDirectoryFiles(root: "/nonexistent/orgops-repo"))
        #expect(codes(result) == ["repository-unreadable"])
        #expect(result.desired == nil)
    }
}

extension LoaderBehaviourTests {
    @Test func unquotedDigitsOutsideAccountFieldsDoNotWarn() {
        let account = """
            apiVersion: orgops/v1
            kind: Account
            metadata: { name: shop, organization: workloads }
            spec:
              email: shop@example.com
              organizationalUnit: /
              tags: { cost-center: 123456789012 }

            """
        let result = load(["org.yaml": Self.organization, "a.yaml": account])
        #expect(result.diagnostics.isEmpty)
        #expect(result.desired?.organizations["workloads"]?.accounts.first?.tags == ["cost-center": "123456789012"])
    }

    @Test func schemaTypesScalarsNeverGuess() {
        let account = """
            apiVersion: orgops/v1
            kind: Account
            metadata: { name: 1e3, organization: workloads }
            spec:
              email: shop@example.com
              accountName: no
              organizationalUnit: /

            """
        let result = load(["org.yaml": Self.organization, "a.yaml": account])
        #expect(result.diagnostics.isEmpty)
        #expect(result.desired?.organizations["workloads"]?.accounts.first?.name == "1e3")
        #expect(result.desired?.organizations["workloads"]?.accounts.first?.accountName == "no")
    }
}

extension LoaderBehaviourTests {
    @Test func managementAccountMayBeDeclaredAsAnAccountOfItsOwnOrganization() {
        let account = """
            apiVersion: orgops/v1
            kind: Account
            metadata: { name: management, organization: workloads }
            spec: { accountId: "111111111111", email: root@example.com, organizationalUnit: / }

            """
        #expect(load(["org.yaml": Self.organization, "a.yaml": account]).diagnostics.isEmpty)
        let twice = load(["org.yaml": Self.organization, "a.yaml": account,
                          "b.yaml": account.replacingOccurrences(of: "name: management", with: "name: again")
                              .replacingOccurrences(of: "root@", with: "other@")])
        #expect(twice.diagnostics.map(\.code) == ["duplicate-account-id"])
    }
}
