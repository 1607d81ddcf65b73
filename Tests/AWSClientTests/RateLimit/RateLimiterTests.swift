import AWSClient
import Foundation
import OperatorSupport
import Testing
import TestSupport

@Suite("Rate limiting")
struct RateLimiterTests {
    @Test("100 sequential calls at 20 per 1.25 s (the default) take 99 spacings of 0.0625 s of virtual time")
    func sequentialPacing() async throws {
        let clock = ManualClock()
        let start = clock.now()
        let registry = RateLimiterRegistry(limits: .default, clock: clock)
        for _ in 0..<100 { try await registry.acquireRate("identitycenter", scope: "org-a") }
        let elapsed = clock.elapsed(since: start)
        #expect(elapsed >= 6.1875 - 0.000_01)
        #expect(elapsed < 6.25)
    }

    @Test("100 concurrent calls at 20 per 1.25 s still take at least 6.1875 s")
    func concurrentPacing() async throws {
        let clock = ManualClock()
        let start = clock.now()
        let limiter = TokenBucketLimiter(rate: 20)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<100 { group.addTask { try await limiter.acquire(clock: clock) } }
            try await group.waitForAll()
        }
        #expect(clock.elapsed(since: start) >= 6.1875 - 0.000_01)
    }

    @Test("scopes have separate budgets")
    func scopes() async throws {
        let clock = ManualClock()
        let start = clock.now()
        let registry = RateLimiterRegistry(limits: RateLimits(rates: ["identitycenter": 1]), clock: clock)
        try await registry.acquireRate("identitycenter", scope: "org-a")
        try await registry.acquireRate("identitycenter", scope: "org-b")
        #expect(clock.elapsed(since: start) == 0)
        try await registry.acquireRate("identitycenter", scope: "org-a")
        #expect(abs(clock.elapsed(since: start) - 1.25) < 0.000_01)
    }

    @Test("a throttle cuts the rate by 0.7 down to the floor; throttle-free time restores it")
    func adaptation() {
        let limiter = TokenBucketLimiter(rate: 20, decreaseFactor: 0.7, minimumRate: 0.5, recoveryPerSecond: 0.1)
        let t0 = Date(timeIntervalSince1970: 0)
        limiter.recordThrottle(at: t0)
        #expect(abs(limiter.currentRate - 14) < 1e-9)
        limiter.recordSuccess(at: t0.addingTimeInterval(1))
        #expect(abs(limiter.currentRate - 16) < 1e-9)
        limiter.recordSuccess(at: t0.addingTimeInterval(60))
        #expect(limiter.currentRate == 20)
        for _ in 0..<30 { limiter.recordThrottle(at: t0) }
        #expect(limiter.currentRate == 0.5)
    }

    @Test("no more than N calls in flight, and every waiter gets its turn")
    func inflightCap() async throws {
        let limiter = InFlightLimiter(limit: 2)
        let finished = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<40 {
                group.addTask {
                    try await limiter.withPermit {
                        #expect(limiter.inFlight <= 2)
                        await Task.yield()
                        return 1
                    }
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(finished == 40)
        #expect(limiter.highWater == 2)
        #expect(limiter.inFlight == 0)
    }

    @Test("registry permits per group and scope; unconfigured groups run at once")
    func registryPermits() async throws {
        let registry = RateLimiterRegistry(limits: .default, clock: ManualClock())
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<30 {
                group.addTask {
                    try await registry.withPermit("assignments", scope: index % 2 == 0 ? "a" : "b") {
                        await Task.yield()
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(registry.inflightLimiter("assignments", scope: "a")?.highWater ?? 0 <= 10)
        #expect(registry.inflightLimiter("create-account", scope: "a")?.limit == 5)
        #expect(registry.inflightLimiter("organizations", scope: "a")?.limit == 2)
        let value = try await registry.withPermit("no-such-group", scope: "a") { 7 }
        #expect(value == 7)
    }

    @Test("a cancelled waiter leaves the queue without taking a permit")
    func cancellation() async throws {
        let limiter = InFlightLimiter(limit: 1)
        try await limiter.acquire()
        let waiter = Task { try await limiter.acquire() }
        await Task.yield()
        waiter.cancel()
        await #expect(throws: CancellationError.self) { try await waiter.value }
        limiter.release()
        #expect(limiter.inFlight == 0)
        try await limiter.acquire()
        #expect(limiter.inFlight == 1)
    }

    @Test("limit settings parse from group=value strings")
    func parsing() throws {
        let limits = try RateLimits.default.applying(rates: ["identitycenter=5", "organizations = 2.5"],
                                                     inflight: ["assignments=3"])
        #expect(limits.rates == ["identitycenter": 5, "organizations": 2.5])
        #expect(limits.inflight["assignments"] == 3)
        #expect(limits.inflight["create-account"] == 5)
        let error = #expect(throws: RateLimitSpecError.self) { _ = try RateLimits.default.applying(rates: ["identitycenter"]) }
        #expect(error?.description == "invalid limit 'identitycenter': expected group=value, like identitycenter=20")
        #expect(throws: RateLimitSpecError.self) { _ = try RateLimits.default.applying(rates: ["x=-1"]) }
        #expect(throws: RateLimitSpecError.self) { _ = try RateLimits.default.applying(inflight: ["x=1.5"]) }
    }
}
