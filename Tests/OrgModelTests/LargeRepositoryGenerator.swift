@testable import OrgModel

/// Builds a large, valid repository in memory for the load-time budget: organizations, OUs,
/// accounts, policies, permission sets and assignments spread over many multi-document files.
struct LargeRepositoryGenerator {
    var organizations = 3
    var accounts = 10_000
    var organizationalUnits = 500
    var policies = 200
    var permissionSets = 100
    var assignments = 20_000

    func generate() -> InMemoryRepositoryFiles {
        var texts: [String: String] = [:]
        let ousPerOrg = organizationalUnits / organizations
        let topLevel = 10
        for org in 0..<organizations {
            var text = """
                apiVersion: orgops/v1
                kind: Organization
                metadata: { name: org\(org) }
                spec:
                  managementAccountId: "\(accountId(org: org, index: 99_999))"
                  region: us-east-1
                  policyTypes: [SERVICE_CONTROL_POLICY, TAG_POLICY]
                  organizationalUnits:

                """
            let childrenPerTop = max(1, ousPerOrg / topLevel - 1)
            for top in 0..<topLevel {
                text += "    - name: OU\(top)\n      children:\n"
                for child in 0..<childrenPerTop { text += "        - { name: Team\(child) }\n" }
            }
            texts["orgs/org\(org).yaml"] = text
        }
        let accountsPerOrg = accounts / organizations
        for org in 0..<organizations {
            var file = ""
            for index in 0..<accountsPerOrg {
                file += """
                    ---
                    apiVersion: orgops/v1
                    kind: Account
                    metadata: { name: acct-\(org)-\(index), organization: org\(org) }
                    spec:
                      accountId: "\(accountId(org: org, index: index))"
                      email: aws+\(org)-\(index)@example.com
                      organizationalUnit: /OU\(index % topLevel)/Team\(index % 5)
                      tags: { cost-center: "\(index % 97)", env: prod }

                    """
                if index % 100 == 99 || index == accountsPerOrg - 1 {
                    texts["accounts/org\(org)/batch\(index / 100).yaml"] = file
                    file = ""
                }
            }
        }
        let document = #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:DeleteBucket","Resource":"*"}]}"#
        for index in 0..<policies {
            let org = index % organizations
            texts["policies/p\(index).yaml"] = """
                apiVersion: orgops/v1
                kind: Policy
                metadata: { name: policy-\(index), organization: org\(org) }
                spec:
                  type: SERVICE_CONTROL_POLICY
                  document: '\(document)'
                  targets:
                    - ou: /OU\(index % topLevel)/Team\(index % 7)
                    - account: acct-\(org)-\(index)

                """
        }
        for index in 0..<permissionSets {
            texts["identity/ps\(index).yaml"] = """
                apiVersion: orgops/v1
                kind: PermissionSet
                metadata: { name: Role\(index), organizations: ["*"] }
                spec:
                  sessionDuration: PT4H
                  managedPolicies: [arn:aws:iam::aws:policy/ReadOnlyAccess]

                """
        }
        var file = ""
        for index in 0..<assignments {
            let org = index % organizations
            file += """
                ---
                apiVersion: orgops/v1
                kind: AccountAssignment
                metadata: { name: grant-\(index), organization: org\(org) }
                spec:
                  permissionSet: Role\(index % permissionSets)
                  principal: { group: Team\(index % 50) }
                  targets: { accounts: [acct-\(org)-\(index % accountsPerOrg)] }

                """
            if index % 200 == 199 || index == assignments - 1 {
                texts["assignments/batch\(index / 200).yaml"] = file
                file = ""
            }
        }
        return InMemoryRepositoryFiles(texts: texts)
    }

    private func accountId(org: Int, index: Int) -> String {
        let raw = String(org * 100_000 + index + 100_000_000_000)
        return String(repeating: "0", count: max(0, 12 - raw.count)) + raw
    }
}
