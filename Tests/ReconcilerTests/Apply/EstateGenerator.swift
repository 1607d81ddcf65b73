import OperatorSupport

/// Generates valid manifest repositories of random shape from a seed, for the converge property.
struct EstateGenerator {
    let random: SeededRandom
    var prune = true

    init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    private func pick(_ n: Int) -> Int { Int(random.nextUInt64() % UInt64(max(1, n))) }

    /// The manifests (path → YAML) of one organization named `gen`.
    func manifests() -> [String: String] {
        var paths: [String] = ["/"]
        var tree = ""
        for top in 0..<(1 + pick(3)) {
            tree += "    - name: Top\(top)\n      tags: { level: \"1\", n: \"\(pick(3))\" }\n"
            paths.append("/Top\(top)")
            let children = pick(3)
            if children > 0 { tree += "      children:\n" }
            for child in 0..<children {
                tree += "        - { name: Child\(child) }\n"
                paths.append("/Top\(top)/Child\(child)")
            }
        }
        var texts = ["org.yaml": """
            apiVersion: orgops/v1
            kind: Organization
            metadata: { name: gen }
            spec:
              managementAccountId: "111111111111"
              region: us-east-1
              featureSet: ALL
              policyTypes: [SERVICE_CONTROL_POLICY, TAG_POLICY]
              trustedServices: [sso.amazonaws.com]
              organizationalUnits:
            \(tree)  reconcile: { prune: \(prune) }

            """]
        let accounts = 1 + pick(5)
        for index in 0..<accounts {
            texts["accounts/a\(index).yaml"] = """
                apiVersion: orgops/v1
                kind: Account
                metadata: { name: acct-\(index), organization: gen }
                spec:
                  email: aws+acct-\(index)@example.com
                  organizationalUnit: \(paths[pick(paths.count)])
                  tags: { env: e\(pick(2)) }

                """
        }
        for index in 0..<(pick(4)) {
            let target = pick(2) == 0 ? "ou: \(paths[1 + pick(paths.count - 1)])" : "account: acct-\(pick(accounts))"
            texts["policies/p\(index).yaml"] = """
                apiVersion: orgops/v1
                kind: Policy
                metadata: { name: scp-\(index), organization: gen }
                spec:
                  type: SERVICE_CONTROL_POLICY
                  description: generated \(index)
                  document: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:Delete\(index)","Resource":"*"}]}'
                  targets:
                    - \(target)
                  tags: { kind: generated }

                """
        }
        return texts
    }
}
