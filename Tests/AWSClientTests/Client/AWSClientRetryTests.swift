import AWSClient
import Foundation
import OperatorSupport
import Testing
import TestSupport

/// Retries end to end over a real socket: what is retried, how often, and that every attempt is signed afresh.
@Suite("AWSClient retries")
struct AWSClientRetryTests {
    private let throttled = LoopbackClient.json(
        400, #"{"__type":"TooManyRequestsException","Message":"AWS Organizations can't complete your request because another request is already in progress."}"#)
    private let ok = LoopbackClient.json(200, #"{"Roots":[]}"#)

    @Test("throttling then success: each attempt re-signed with a new date and fresh credentials")
    func throttlingThenSuccess() async throws {
        let server = try LoopbackHTTPServer(script: [throttled, throttled, ok])
        defer { server.stop() }
        let clock = ManualClock()
        let credentials = CountingCredentials()
        let client = LoopbackClient.make(server, retry: RetryPolicy(backoff: ExponentialBackoff(base: .seconds(2))),
                                         clock: clock, credentials: credentials, random: { 0.75 })
        try await client.json(.organizations, "ListRoots", input: EmptyInput())
        let requests = server.requests
        #expect(requests.count == 3)
        let dates = requests.compactMap { $0.header("X-Amz-Date") }
        #expect(Set(dates).count == 3)
        #expect(Set(requests.compactMap { $0.header("Authorization") }).count == 3)
        #expect(requests.compactMap { $0.header("X-Amz-Security-Token") } == ["token-1", "token-2", "token-3"])
        #expect(credentials.calls == 3)
        #expect(clock.sleeps == [.milliseconds(1500), .seconds(3)])
        #expect(client.calls.count(service: "organizations", operation: "ListRoots", outcome: .throttled) == 2)
        #expect(client.calls.count(service: "organizations", operation: "ListRoots", outcome: .ok) == 1)
        #expect(client.calls.snapshot().first?.retries == 2)
    }

    @Test("5xx then success")
    func serverErrorThenSuccess() async throws {
        let server = try LoopbackHTTPServer(script: [try LoopbackClient.fixture("organizations-unimplemented-500.http"),
                                                     LoopbackClient.json(503, #"{"__type":"ServiceUnavailableException"}"#),
                                                     ok])
        defer { server.stop() }
        let client = LoopbackClient.make(server)
        try await client.json(.organizations, "ListRoots", input: EmptyInput())
        #expect(server.requests.count == 3)
        #expect(client.calls.count(service: "organizations", operation: "ListRoots",
                                   outcome: .error(AWSError.ClientCode.unrecognized)) == 1)
    }

    @Test("dropped connection then success")
    func droppedThenSuccess() async throws {
        let server = try LoopbackHTTPServer(script: [.dropConnection, ok])
        defer { server.stop() }
        let client = LoopbackClient.make(server)
        try await client.json(.organizations, "ListRoots", input: EmptyInput())
        #expect(server.requests.count == 2)
        #expect(client.calls.count(service: "organizations", operation: "ListRoots",
                                   outcome: .error(AWSError.ClientCode.connectionLost)) == 1)
    }

    @Test("a non-retryable error surfaces at once with its code")
    func nonRetryable() async throws {
        let server = try LoopbackHTTPServer(script: [LoopbackClient.json(
            400, #"{"__type":"AccessDeniedException","Message":"You don't have permissions to access this resource."}"#,
            headers: [("x-amzn-RequestId", "req-42")])])
        defer { server.stop() }
        let clock = ManualClock()
        let error = await #expect(throws: AWSError.self) {
            try await LoopbackClient.make(server, clock: clock).json(.organizations, "ListRoots", input: EmptyInput())
        }
        #expect(error?.code == "AccessDeniedException")
        #expect(error?.description == "organizations ListRoots failed for 'workloads': AccessDeniedException (HTTP 400): "
            + "You don't have permissions to access this resource. [request req-42]")
        #expect(server.requests.count == 1)
        #expect(clock.sleeps.isEmpty)
    }

    @Test("moto's XML auth error from a JSON service is decoded and not retried")
    func xmlAuthError() async throws {
        let server = try LoopbackHTTPServer(script: [try LoopbackClient.fixture("organizations-auth-403.http")])
        defer { server.stop() }
        let error = await #expect(throws: AWSError.self) {
            try await LoopbackClient.make(server).json(.organizations, "ListAccounts", input: EmptyInput())
        }
        #expect(error?.code == "InvalidClientTokenId")
        #expect(error?.httpStatus == 403)
        #expect(server.requests.count == 1)
    }

    @Test("throttling beyond max attempts surfaces the last throttle")
    func exhausted() async throws {
        let server = try LoopbackHTTPServer(script: [], fallback: throttled)
        defer { server.stop() }
        let error = await #expect(throws: AWSError.self) {
            try await LoopbackClient.make(server).json(.organizations, "ListRoots", input: EmptyInput())
        }
        #expect(error?.code == "TooManyRequestsException")
        #expect(server.requests.count == 3)
    }

    @Test("operator extras get their larger budget: ConcurrentModificationException ×5 then success")
    func operatorExtras() async throws {
        let conflict = try LoopbackClient.fixture("organizations-concurrent-modification-namespaced.http")
        let server = try LoopbackHTTPServer(script: Array(repeating: conflict, count: 5) + [ok])
        defer { server.stop() }
        try await LoopbackClient.make(server).json(.organizations, "MoveAccount", input: EmptyInput())
        #expect(server.requests.count == 6)
    }

    @Test("an exhausted retry quota stops retrying")
    func quota() async throws {
        let server = try LoopbackHTTPServer(script: [], fallback: LoopbackClient.json(500, #"{"__type":"InternalFailure"}"#))
        defer { server.stop() }
        let client = LoopbackClient.make(server, retry: RetryPolicy(maxAttempts: 10, quotaCapacity: 12))
        await #expect(throws: AWSError.self) {
            try await client.json(.organizations, "ListRoots", input: EmptyInput())
        }
        #expect(server.requests.count == 3)
        let derived = client.with(credentials: CountingCredentials(), scope: "other")
        await #expect(throws: AWSError.self) {
            try await derived.json(.organizations, "ListRoots", input: EmptyInput())
        }
        #expect(server.requests.count == 4)
    }

    @Test("Retry-After from identitystore stretches the wait")
    func retryAfter() async throws {
        let server = try LoopbackHTTPServer(script: [try LoopbackClient.fixture("identitystore-throttling-retry-after.http"),
                                                     LoopbackClient.json(200, "{}")])
        defer { server.stop() }
        let clock = ManualClock()
        try await LoopbackClient.make(server, clock: clock).json(.identityStore, "ListUsers", input: EmptyInput())
        #expect(clock.sleeps == [.seconds(7)])
    }

    @Test("a per-attempt timeout is counted as TransportTimeout and retried within a quota of one timeout retry")
    func timeoutThenSuccess() async throws {
        let server = try LoopbackHTTPServer(script: [.respondAfter(seconds: 4, HTTPResponse(status: 200)), ok])
        defer { server.stop() }
        let base = LoopbackClient.make(server, retry: RetryPolicy(quotaCapacity: 10))
        var configuration = base.configuration
        // Long enough for the second attempt to get through on a loaded machine.
        configuration.timeout = .seconds(1)
        let client = AWSClient(configuration: configuration)
        try await client.json(.organizations, "ListRoots", input: EmptyInput())
        #expect(client.calls.count(service: "organizations", operation: "ListRoots",
                                   outcome: .error(AWSError.ClientCode.timeout)) == 1)
        #expect(client.calls.count(service: "organizations", operation: "ListRoots", outcome: .ok) == 1)
    }
}
