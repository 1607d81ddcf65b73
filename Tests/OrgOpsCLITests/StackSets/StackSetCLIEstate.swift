import Foundation

/// Two organizations of the test server (`acme`, `globex`), each with two OUs and two accounts,
/// and the break-glass role StackSet of `Examples/multi-org` as it is (its manifest and template
/// read from the source tree), deployed to every account beneath each root.
struct StackSetCLIEstate {
    /// `name → management account` of the organizations.
    static let organizations = [("acme", PlanHarness.managementA), ("globex", PlanHarness.managementB)]

    /// Replaced in the template to make "a template change".
    var maxSessionDuration = 3600

    /// The manifest files, by path relative to the repository root.
    func files() throws -> [String: String] {
        let example = SourceTree.path("Examples/multi-org/stacksets")
        let manifest = try String(contentsOfFile: example + "/break-glass-role.yaml", encoding: .utf8)
        let template = try String(contentsOfFile: example + "/templates/break-glass-role.yaml", encoding: .utf8)
            .replacingOccurrences(of: "MaxSessionDuration: 3600", with: "MaxSessionDuration: \(maxSessionDuration)")
        var files = [
            "stacksets/break-glass-role.yaml": manifest,
            "stacksets/templates/break-glass-role.yaml": template,
        ]
        for (name, management) in Self.organizations {
            files["organizations/\(name).yaml"] = """
                apiVersion: orgops/v1
                kind: Organization
                metadata: { name: \(name) }
                spec:
                  managementAccountId: "\(management)"
                  access:
                    roleArn: arn:aws:iam::\(management):role/orgops
                  region: us-east-1
                  featureSet: ALL
                  trustedServices: [member.org.stacksets.cloudformation.amazonaws.com]
                  organizationalUnits:
                    - name: Security
                    - name: Workloads
                  reconcile: { prune: true, suspend: false }

                """
            files["accounts/\(name).yaml"] = ["log-archive": "/Security", "shop-prod": "/Workloads"]
                .sorted { $0.key < $1.key }
                .map { account, ou in
                    """
                    apiVersion: orgops/v1
                    kind: Account
                    metadata: { name: \(account), organization: \(name) }
                    spec:
                      email: aws+\(account)@\(name).example.com
                      organizationalUnit: \(ou)

                    """
                }.joined(separator: "---\n")
        }
        return files
    }
}
