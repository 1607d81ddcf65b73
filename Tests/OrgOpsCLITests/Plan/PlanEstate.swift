import Foundation

/// A small estate modelled on `Examples/starter`, written as manifest files for one
/// management account of the AWS test server.
///
/// Small on purpose (4 OUs, 3 accounts, 2 policies), so a converge against the test server
/// takes seconds; each test changes the few files its scenario needs.
struct PlanEstate {
    /// The organization's manifest name.
    var name = "acme"
    /// The management account (bootstrapped on the server with a role `orgops`).
    var management: String
    /// `reconcile.prune`.
    var prune = false
    /// `reconcile.suspend`.
    var suspend = false
    /// The accounts, each as (manifest name, email, OU path, extra spec lines).
    var accounts: [Account] = [
        Account(name: "log-archive", email: "log-archive", ou: "/Security", tags: "{ owner: secops, env: prod }"),
        Account(name: "shop-prod", email: "shop-prod", ou: "/Workloads/Prod", tags: "{ owner: shop-team, env: prod }"),
        Account(name: "shop-staging", email: "shop-staging", ou: "/Workloads/NonProd",
                tags: "{ owner: shop-team, env: nonprod }"),
    ]
    /// The content of the SCP `deny-outside-regions`.
    var scpRegions = ["us-east-1", "eu-west-1"]
    /// Whether the tag policy `cost-center-tags` is declared.
    var tagPolicy = true

    /// One declared account.
    struct Account {
        var name: String
        /// The local part of `aws+<email>@<org>.example.com`.
        var email: String
        var ou: String
        var tags: String
        /// An existing account to adopt by ID.
        var accountId: String?
        var onRemoval: String?
    }

    /// The account's full email address.
    func email(_ account: Account) -> String { "aws+\(account.email)@\(name).example.com" }

    /// The manifest files, by path relative to the repository root.
    var files: [String: String] {
        var files: [String: String] = [:]
        files["organizations/\(name).yaml"] = """
            apiVersion: orgops/v1
            kind: Organization
            metadata:
              name: \(name)
            spec:
              managementAccountId: "\(management)"
              access:
                roleArn: arn:aws:iam::\(management):role/orgops
              region: us-east-1
              featureSet: ALL
              policyTypes: [SERVICE_CONTROL_POLICY, TAG_POLICY]
              trustedServices:
                - sso.amazonaws.com
              organizationalUnits:
                - name: Security
                  tags: { owner: secops }
                - name: Sandbox
                  tags: { owner: platform, budget: capped }
                - name: Workloads
                  children:
                    - name: Prod
                    - name: NonProd
              reconcile:
                prune: \(prune)
                suspend: \(suspend)

            """
        files["accounts/\(name)-accounts.yaml"] = accounts.map { account in
            var lines = [
                "apiVersion: orgops/v1", "kind: Account", "metadata:", "  name: \(account.name)",
                "  organization: \(name)", "spec:",
            ]
            if let id = account.accountId { lines.append("  accountId: \"\(id)\"") }
            lines += ["  email: \(email(account))", "  organizationalUnit: \(account.ou)", "  tags: \(account.tags)"]
            if let onRemoval = account.onRemoval { lines.append("  onRemoval: \(onRemoval)") }
            return lines.joined(separator: "\n") + "\n"
        }.joined(separator: "---\n")
        let regions = scpRegions.map { "\"\($0)\"" }.joined(separator: ", ")
        files["policies/\(name)-deny-outside-regions.json"] = """
            {"Version": "2012-10-17", "Statement": [{"Sid": "DenyOutside", "Effect": "Deny", "NotAction": ["iam:*", "organizations:*", "sts:*"], "Resource": "*", "Condition": {"StringNotEquals": {"aws:RequestedRegion": [\(regions)]}}}]}

            """
        files["policies/\(name)-deny-outside-regions.yaml"] = """
            apiVersion: orgops/v1
            kind: Policy
            metadata:
              name: deny-outside-regions
              organization: \(name)
            spec:
              type: SERVICE_CONTROL_POLICY
              description: Deny all regions but the two the company runs in
              documentFile: \(name)-deny-outside-regions.json
              targets:
                - ou: /Workloads
                - ou: /Sandbox

            """
        if tagPolicy {
            files["policies/\(name)-cost-center-tags.json"] = """
                {"tags": {"cost-center": {"tag_key": {"@@assign": "cost-center"}}}}

                """
            files["policies/\(name)-cost-center-tags.yaml"] = """
                apiVersion: orgops/v1
                kind: Policy
                metadata:
                  name: cost-center-tags
                  organization: \(name)
                spec:
                  type: TAG_POLICY
                  description: Standard spelling of the cost-center tag
                  documentFile: \(name)-cost-center-tags.json
                  targets:
                    - ou: /Workloads

                """
        }
        return files
    }
}
