import AWSClient
import Foundation
import GitClient
import OperatorSupport
import OrgModel
@testable import OrgOpsCLI
import Reconciler
import Testing
import TestSupport

/// The answers of `/healthz`, `/readyz`, `/metrics` and `POST /hooks/git`, without sockets.
@Suite struct RunServerTests {
    struct Connector: OrganizationConnector {
        let fake = InMemoryOrganization(managementAccountId: "111111111111")
        func ports(for organization: DesiredOrganization) async throws -> OrganizationPorts {
            OrganizationPorts(reader: fake, applier: fake)
        }
    }

    static let manifests = [
        "org.yaml": """
            apiVersion: orgops/v1
            kind: Organization
            metadata: { name: acme }
            spec: { managementAccountId: "111111111111", region: us-east-1 }

            """,
    ]

    static func server() -> (RunServer, OperatorLoop, APICallCounter) {
        let loop = OperatorLoop(repository: GitInMemoryRepository(files: manifests), connector: Connector(),
                                configuration: ReconcileConfiguration(), clock: ManualClock())
        let calls = APICallCounter()
        let server = RunServer(loop: loop, branch: "main", metrics: MetricsRegistry(), calls: calls,
                               secret: Array("s3cret".utf8), logger: .disabled)
        return (server, loop, calls)
    }

    static func push(_ branch: String, signedWith secret: String) -> HTTPServerRequest {
        let body = Array(#"{"ref":"refs/heads/\#(branch)","after":"0123456789abcdef0123456789abcdef01234567"}"#.utf8)
        let mac = HMACSHA256.authenticate(body, key: Array(secret.utf8)).map { String(format: "%02x", $0) }.joined()
        return HTTPServerRequest(method: "POST", target: "/hooks/git",
                                 headers: [("X-Hub-Signature-256", "sha256=" + mac), ("Content-Type", "application/json")],
                                 body: body)
    }

    @Test func readyOnlyAfterTheFirstFetch() async {
        let (server, loop, _) = Self.server()
        #expect(server.healthz().status == 200)
        #expect(server.readyz().status == 503)
        _ = await loop.runOnce()
        #expect(server.readyz().status == 200)
        await loop.stop()
        #expect(server.readyz().status == 503, "not ready once shutdown began")
    }

    @Test func webhookNeedsTheSecretAndTheWatchedBranch() {
        let (server, _, _) = Self.server()
        #expect(server.hook(Self.push("main", signedWith: "wrong")).status == 401)
        let other = server.hook(Self.push("orgops/status", signedWith: "s3cret"))
        #expect(other.status == 202)
        #expect(String(decoding: other.body, as: UTF8.self).contains("ignored"))
        let main = server.hook(Self.push("main", signedWith: "s3cret"))
        #expect(main.status == 202)
        #expect(String(decoding: main.body, as: UTF8.self) == "fetch triggered\n")
        let disabled = RunServer(loop: server.loop, branch: "main", metrics: MetricsRegistry(), calls: APICallCounter(),
                                 secret: nil, logger: .disabled)
        #expect(disabled.hook(Self.push("main", signedWith: "s3cret")).status == 403)
    }

    @Test func metricsCarryAPICallsAndThrottles() {
        let (server, _, calls) = Self.server()
        calls.record(service: "organizations", operation: "ListAccounts", outcome: .ok)
        calls.record(service: "organizations", operation: "ListAccounts", outcome: .throttled)
        let text = String(decoding: server.exposition().body, as: UTF8.self)
        #expect(text.contains(#"orgops_aws_api_calls_total{service="organizations",operation="ListAccounts",outcome="success"} 1"#))
        #expect(text.contains(#"orgops_aws_api_calls_total{service="organizations",operation="ListAccounts",outcome="throttled"} 1"#))
        #expect(text.contains(#"orgops_aws_throttles_total{service="organizations"} 1"#))
    }
}
