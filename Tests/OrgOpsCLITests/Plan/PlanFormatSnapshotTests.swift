import Foundation
import Testing
import TestSupport

/// The three plan formats of one fixed estate with drift, pinned by reviewed snapshots.
///
/// The estate is applied, then changed behind orgops' back (a policy edited, an account moved,
/// a policy detached, a tag changed) and in the manifests (a new account); the plan of that
/// state is printed as text, JSON and Markdown. IDs the server hands out and timestamps are
/// replaced by stable placeholders, numbered in order of first appearance.
@Suite(.serialized) struct PlanFormatSnapshotTests {
    @Test func textJSONAndMarkdownOfAPlanWithDrift() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            var estate = PlanEstate(management: PlanHarness.managementA)
            try harness.write(estate.files)
            #expect(await harness.run(["apply"]).status == 0)

            let api = try await harness.organizations(PlanHarness.managementA)
            let scp = try await api.policyId("deny-outside-regions", type: "SERVICE_CONTROL_POLICY")
            _ = try await api.updatePolicy(.init(policyId: scp, content: """
                {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*"}]}
                """))
            let shop = try await api.account(named: "shop-prod")
            _ = try await api.moveAccount(.init(accountId: shop.id ?? "?", sourceParentId: try await api.ouId("/Workloads/Prod"),
                                                destinationParentId: try await api.ouId("/Sandbox")))
            let tagPolicy = try await api.policyId("cost-center-tags", type: "TAG_POLICY")
            _ = try await api.detachPolicy(.init(policyId: tagPolicy, targetId: try await api.ouId("/Workloads")))
            _ = try await api.tagResource(.init(resourceId: try await api.ouId("/Security"),
                                                tags: [.init(key: "owner", value: "someone-else")]))
            estate.accounts.append(.init(name: "data-lake", email: "data-lake", ou: "/Workloads/Prod",
                                         tags: "{ owner: data-team, env: prod }"))
            try harness.write(estate.files)

            for format in ["text", "json", "markdown"] {
                let run = await harness.run(["plan", "--full-read", "--format", format])
                #expect(run.status == 2, "\(run.stderr)")
                assertSnapshot(SnapshotIDs.normalize(run.stdout), named: "plan-\(format)")
            }
        }
    }
}

/// Replaces what the server generates (account, OU, policy and root IDs, fingerprints,
/// timestamps) with numbered placeholders, so a snapshot pins orgops' output and nothing else.
enum SnapshotIDs {
    static let patterns: [(pattern: String, label: String)] = [
        (#"\b[0-9a-f]{64}\b"#, "fingerprint"),
        (#"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z\b"#, "time"),
        (#"\bou-[0-9a-z]{4}-[0-9a-z]{8}\b"#, "ou"),
        (#"\bp-[0-9a-z]{8}\b"#, "policy"),
        (#"\br-[0-9a-z]{4}\b"#, "root"),
        (#"\bo-[0-9a-z]{10}\b"#, "org"),
        (#"(?<!sha256:)\b(?!111111111111)\d{12}\b"#, "account"),
    ]

    static func normalize(_ text: String) -> String {
        var result = text
        for (pattern, label) in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            var seen: [String: String] = [:]
            let matches = regex.matches(in: result, range: NSRange(result.startIndex..., in: result))
            for match in matches {
                guard let range = Range(match.range, in: result) else { continue }
                let value = String(result[range])
                if seen[value] == nil { seen[value] = "<\(label)-\(seen.count + 1)>" }
            }
            for (value, placeholder) in seen.sorted(by: { $0.key.count > $1.key.count }) {
                result = result.replacingOccurrences(of: value, with: placeholder)
            }
        }
        return result
    }
}
