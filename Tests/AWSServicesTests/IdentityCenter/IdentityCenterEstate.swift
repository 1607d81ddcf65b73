/// Manifests of a small Identity Center estate: organization `acme` in 111111111111, two OUs, two accounts,
/// two permission sets and two assignments (one to an OU, one to the whole organization).
enum IdentityCenterEstate {
    static let management = "111111111111"
    static let inline = #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:*","Resource":"*"}]}"#

    static func organization(prune: Bool = true, attributes: Bool = true) -> String {
        """
        apiVersion: orgops/v1
        kind: Organization
        metadata: { name: acme }
        spec:
          managementAccountId: "\(management)"
          access:
            roleArn: arn:aws:iam::\(management):role/orgops
            externalId: orgops-acme
          region: us-east-1
          organizationalUnits:
            - name: Workloads
              children: [{ name: Prod }]
            - name: Sandbox
        \(attributes ? "  identityCenter:\n    accessControlAttributes:\n      - { key: team, source: \"${path:enterprise.department}\" }\n" : "")  reconcile: { prune: \(prune), suspend: false }

        """
    }

    static func account(_ name: String, ou: String) -> String {
        """
        apiVersion: orgops/v1
        kind: Account
        metadata: { name: \(name), organization: acme }
        spec:
          email: \(name)@example.com
          organizationalUnit: \(ou)

        """
    }

    static let admin = """
        apiVersion: orgops/v1
        kind: PermissionSet
        metadata: { name: Admin, organization: acme }
        spec:
          description: Full access
          sessionDuration: PT2H
          managedPolicies: [arn:aws:iam::aws:policy/AdministratorAccess]
          inlinePolicy: '\(inline)'
          tags: { team: platform }

        """

    static let readOnly = """
        apiVersion: orgops/v1
        kind: PermissionSet
        metadata: { name: ReadOnly, organization: acme }
        spec:
          description: Read only
          managedPolicies: [arn:aws:iam::aws:policy/ReadOnlyAccess]

        """

    static func assignment(_ name: String, permissionSet: String, group: String, targets: String) -> String {
        """
        apiVersion: orgops/v1
        kind: AccountAssignment
        metadata: { name: \(name), organization: acme }
        spec:
          permissionSet: \(permissionSet)
          principal: { group: \(group) }
          targets: \(targets)

        """
    }

    /// The whole estate; `prodOU`/`devOU` place the accounts, `withReadOnly: false` drops that permission set and its
    /// assignment, `opsGroup` renames the Admin assignment's group.
    static func manifests(prodOU: String = "/Workloads/Prod", devOU: String = "/Sandbox", withReadOnly: Bool = true,
                          prune: Bool = true, opsGroup: String = "Ops") -> [String: String] {
        var texts = [
            "org.yaml": organization(prune: prune),
            "accounts.yaml": account("prod", ou: prodOU) + "---\n" + account("dev", ou: devOU),
            "admin.yaml": admin,
            "ops.yaml": assignment("ops", permissionSet: "Admin", group: opsGroup, targets: "{ organizationalUnits: [/Workloads] }"),
        ]
        if withReadOnly {
            texts["readonly.yaml"] = readOnly + "---\n"
                + assignment("everyone", permissionSet: "ReadOnly", group: "Engineering", targets: "{ organizationalUnits: [/Workloads, /Sandbox] }")
        }
        return texts
    }
}
