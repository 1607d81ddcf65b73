import Foundation

/// An eight-OU estate in the shape of `Examples/eight-ou`, shrunk so a converge over the test
/// server takes seconds: eight OUs, four accounts, three permission sets, three assignments
/// (two to OUs, one to an account), managed from the management account.
struct IdentityCenterCLIEstate {
    static let management = PlanHarness.managementA
    static let inline = #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:*","Resource":"*"}]}"#
    /// The groups the assignments name (created on the server before the first plan).
    static let groups = ["PlatformAdmins", "Developers", "SecurityAuditors"]

    /// Where each account is placed (manifest name → OU path).
    var placement: [String: String] = [
        "log-archive": "/Security", "network": "/Infrastructure", "shop-prod": "/Workloads/Prod",
        "shop-dev": "/Workloads/NonProd",
    ]
    /// The group the developers' assignment names.
    var developersGroup = "Developers"

    /// The manifest files, by path relative to the repository root.
    var files: [String: String] {
        var files = [
            "organizations/acme.yaml": """
                apiVersion: orgops/v1
                kind: Organization
                metadata: { name: acme }
                spec:
                  managementAccountId: "\(Self.management)"
                  access:
                    roleArn: arn:aws:iam::\(Self.management):role/orgops
                  region: us-east-1
                  featureSet: ALL
                  trustedServices: [sso.amazonaws.com]
                  organizationalUnits:
                    - name: Security
                    - name: Infrastructure
                    - name: Workloads
                      children: [{ name: Prod }, { name: NonProd }]
                    - name: Sandbox
                    - name: Policy-Staging
                    - name: Suspended
                  reconcile: { prune: true, suspend: false }

                """,
            "identity-center/permission-sets.yaml": """
                apiVersion: orgops/v1
                kind: PermissionSet
                metadata: { name: Administrator, organization: acme }
                spec:
                  description: Full access for the platform team
                  sessionDuration: PT1H
                  managedPolicies: [arn:aws:iam::aws:policy/AdministratorAccess]
                ---
                apiVersion: orgops/v1
                kind: PermissionSet
                metadata: { name: Developer, organization: acme }
                spec:
                  description: Builds and deploys workloads
                  sessionDuration: PT4H
                  managedPolicies: [arn:aws:iam::aws:policy/PowerUserAccess]
                  inlinePolicy: '\(Self.inline)'
                ---
                apiVersion: orgops/v1
                kind: PermissionSet
                metadata: { name: SecurityAudit, organization: acme }
                spec:
                  description: Read-only audit
                  managedPolicies: [arn:aws:iam::aws:policy/SecurityAudit]

                """,
            "identity-center/assignments.yaml": """
                apiVersion: orgops/v1
                kind: AccountAssignment
                metadata: { name: platform-admins, organization: acme }
                spec:
                  permissionSet: Administrator
                  principal: { group: PlatformAdmins }
                  targets: { organizationalUnits: [/Infrastructure] }
                ---
                apiVersion: orgops/v1
                kind: AccountAssignment
                metadata: { name: developers, organization: acme }
                spec:
                  permissionSet: Developer
                  principal: { group: \(developersGroup) }
                  targets: { organizationalUnits: [/Workloads] }
                ---
                apiVersion: orgops/v1
                kind: AccountAssignment
                metadata: { name: auditors, organization: acme }
                spec:
                  permissionSet: SecurityAudit
                  principal: { group: SecurityAuditors }
                  targets: { accounts: [log-archive] }

                """,
        ]
        var accounts: [String] = []
        for (name, ou) in placement.sorted(by: { $0.key < $1.key }) {
            accounts.append("""
                apiVersion: orgops/v1
                kind: Account
                metadata: { name: \(name), organization: acme }
                spec:
                  email: aws+\(name)@acme.example.com
                  organizationalUnit: \(ou)

                """)
        }
        files["accounts/acme.yaml"] = accounts.joined(separator: "---\n")
        return files
    }
}
