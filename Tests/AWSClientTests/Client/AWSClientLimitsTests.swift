import AWSClient
import Foundation
import Testing
import TestSupport

/// The client's own use of the limiter registry and the call counter.
@Suite("AWSClient limits and counting")
struct AWSClientLimitsTests {
    @Test("sso-admin and identitystore calls share the identitycenter rate of one scope")
    func sharedRate() async throws {
        let server = try LoopbackHTTPServer(script: [], fallback: LoopbackClient.json(200, "{}"))
        defer { server.stop() }
        let clock = ManualClock()
        let start = clock.now()
        let client = LoopbackClient.make(server, limits: .default, clock: clock)
        for index in 0..<41 {
            try await client.json(index % 2 == 0 ? .ssoAdmin : .identityStore, "List", input: EmptyInput())
        }
        // 20 calls per 1.25 s window (the default jitter allowance): 40 spacings of 0.0625 s.
        #expect(clock.elapsed(since: start) >= 2.5 - 0.000_01)
        #expect(clock.elapsed(since: start) < 2.6)
    }

    @Test("a throttle slows the group down")
    func adapts() async throws {
        let server = try LoopbackHTTPServer(script: [LoopbackClient.json(400, #"{"__type":"ThrottlingException"}"#),
                                                     LoopbackClient.json(200, "{}")])
        defer { server.stop() }
        let client = LoopbackClient.make(server, limits: .default)
        try await client.json(.ssoAdmin, "ListInstances", input: EmptyInput())
        let rate = try #require(client.limits.currentRate("identitycenter", scope: "workloads"))
        #expect(rate < 20)
        #expect(rate >= 14)
    }

    @Test("a throttled service without a rate group gets an adaptive limiter")
    func adaptiveOrganizations() async throws {
        let server = try LoopbackHTTPServer(script: [try LoopbackClient.fixture("organizations-too-many-requests.http"),
                                                     LoopbackClient.json(200, "{}")])
        defer { server.stop() }
        let client = LoopbackClient.make(server, limits: .default)
        #expect(client.limits.currentRate("adaptive:organizations", scope: "workloads") == nil)
        try await client.json(.organizations, "ListRoots", input: EmptyInput())
        #expect(client.limits.currentRate("adaptive:organizations", scope: "workloads") != nil)
    }

    @Test("never more than 2 Organizations calls in flight per scope")
    func organizationsInFlight() async throws {
        let server = try LoopbackHTTPServer { _, _ in
            .respondAfter(seconds: 0.02, HTTPResponse(status: 200, body: Array("{}".utf8)))
        }
        defer { server.stop() }
        let client = LoopbackClient.make(server, limits: .default)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<12 {
                group.addTask { try await client.json(.organizations, "ListRoots", input: EmptyInput()) }
            }
            try await group.waitForAll()
        }
        #expect(server.requests.count == 12)
        let limiter = try #require(client.limits.inflightLimiter("organizations", scope: "workloads"))
        #expect(limiter.highWater == 2)
    }

    @Test("derived clients share the counter and report their own scope")
    func derived() async throws {
        let server = try LoopbackHTTPServer(script: [LoopbackClient.json(200, "{}"),
                                                     LoopbackClient.json(400, #"{"__type":"AccessDeniedException"}"#)])
        defer { server.stop() }
        let client = LoopbackClient.make(server)
        try await client.json(.organizations, "ListRoots", input: EmptyInput())
        let other = client.with(credentials: CountingCredentials(keyId: "AKIAOTHER"), scope: "sandbox")
        let error = await #expect(throws: AWSError.self) {
            try await other.json(.organizations, "ListRoots", input: EmptyInput())
        }
        #expect(error?.scope == "sandbox")
        #expect(server.requests.last?.header("Authorization")?.contains("Credential=AKIAOTHER/") == true)
        #expect(client.calls.totalAttempts == 2)
        #expect(other.calls.count(service: "organizations", operation: "ListRoots",
                                  outcome: .error("AccessDeniedException")) == 1)
    }
}
