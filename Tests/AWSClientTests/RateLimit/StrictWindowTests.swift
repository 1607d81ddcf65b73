import AWSClient
import Foundation
import OperatorSupport
import Testing
import TestSupport

/// The limiter's guarantee, stated in release times: no window holds more calls than the rate allows,
/// however many callers there are and however late they wake.
@Suite("Rate limiting: strict sliding window")
struct StrictWindowTests {
    @Test("200 calls of 50 concurrent callers waking up to 40 ms late: never more than 20 releases in any 1.1 s or 1 s")
    func lateWakers() async throws {
        let clock = LateWakingClock(seed: 7, maximumLateness: 0.04)
        let limiter = TokenBucketLimiter(rate: 20, jitterAllowance: 0.1)
        let start = clock.now()
        let releases = try await ReleaseWindows.collect(callers: 50, calls: 4) { try await limiter.acquire(clock: clock) }
        #expect(clock.now().timeIntervalSince(start) < 200 * (0.055 + 0.04))
        #expect(releases.count == 200)
        #expect(Set(releases).count == 200)
        #expect(ReleaseWindows.busiest(releases, length: 1.1) <= 20)
        #expect(ReleaseWindows.busiest(releases, length: 1.0) <= 20)
        #expect(limiter.callsPerWindow == 20)
        #expect(abs(limiter.spacing - 0.055) < 1e-9)
    }

    @Test("the default limiter (0.25 s allowance): releases 0.0625 s apart, so at most 20 in 1.25 s and 16 in 1 s")
    func defaults() async throws {
        let clock = LateWakingClock(seed: 13, maximumLateness: 0)
        let limiter = RateLimiterRegistry(limits: .default, clock: clock)
        let releases = try await ReleaseWindows.collect(callers: 20, calls: 5) {
            try await #require(limiter.rateLimiter("identitycenter", scope: "org")).acquire(clock: clock)
        }
        #expect(ReleaseWindows.busiest(releases, length: 1.25) <= 20)
        #expect(ReleaseWindows.busiest(releases, length: 1.0) <= 16)
        let sorted = releases.sorted()
        let gaps = zip(sorted, sorted.dropFirst()).map { $1.timeIntervalSince($0) }
        #expect(gaps.allSatisfy { $0 >= 0.0625 - 0.000_001 })
    }

    @Test("sleepers that oversleep by 0.5 s now and then do not release the slots they missed in a burst")
    func oversleepers() async throws {
        let clock = LateWakingClock(seed: 11, maximumLateness: 0.01, burstEvery: 5, burstLateness: 0.5)
        let limiter = TokenBucketLimiter(rate: 20, jitterAllowance: 0.1)
        let start = clock.now()
        let releases = try await ReleaseWindows.collect(callers: 30, calls: 5) { try await limiter.acquire(clock: clock) }
        #expect(releases.count == 150)
        #expect(ReleaseWindows.busiest(releases, length: 1.1) <= 20)
        let sorted = releases.sorted()
        let gaps = zip(sorted, sorted.dropFirst()).map { $1.timeIntervalSince($0) }
        #expect(gaps.allSatisfy { $0 >= 0.055 - 0.000_001 })
        // Pacing still works: 150 calls need at least 149 spacings.
        #expect(clock.now().timeIntervalSince(start) >= 149 * 0.055 - 0.000_01)
    }

    @Test("without a jitter allowance the window is exactly 1 s: 20 per second, none more")
    func exactSecond() async throws {
        let clock = LateWakingClock(seed: 3, maximumLateness: 0.03)
        let limiter = TokenBucketLimiter(rate: 20, jitterAllowance: 0)
        let releases = try await ReleaseWindows.collect(callers: 40, calls: 5) { try await limiter.acquire(clock: clock) }
        #expect(ReleaseWindows.busiest(releases, length: 1.0) <= 20)
        #expect(limiter.window == 1)
    }

    @Test("fractional and sub-1/s rates: whole calls per window, never more than the rate in a second")
    func fractionalRates() async throws {
        for rate in [2.5, 0.5, 19.5] {
            let clock = LateWakingClock(seed: 5, maximumLateness: 0.02)
            let limiter = TokenBucketLimiter(rate: rate, minimumRate: 0.5, jitterAllowance: 0.1)
            let releases = try await ReleaseWindows.collect(callers: 8, calls: 5) { try await limiter.acquire(clock: clock) }
            #expect(Double(ReleaseWindows.busiest(releases, length: 1.0)) <= max(1, rate))
            #expect(ReleaseWindows.busiest(releases, length: limiter.window) <= limiter.callsPerWindow)
        }
    }

    @Test("a throttle widens the spacing at once; throttle-free time brings 20 per window back")
    func throttleAndRecovery() async throws {
        let clock = LateWakingClock(seed: 9, maximumLateness: 0)
        let limiter = TokenBucketLimiter(rate: 20, decreaseFactor: 0.7, minimumRate: 0.5, recoveryPerSecond: 0.1,
                                         jitterAllowance: 0.1)
        // One caller at a time: with concurrent sleepers an auto-advancing clock wakes them late.
        let before = try await ReleaseWindows.collect(callers: 1, calls: 40) { try await limiter.acquire(clock: clock) }
        #expect(ReleaseWindows.busiest(before, length: 1.1) == 20)
        limiter.recordThrottle(at: clock.now())
        #expect(limiter.callsPerWindow == 14)
        let slowed = try await ReleaseWindows.collect(callers: 1, calls: 40) { try await limiter.acquire(clock: clock) }
        #expect(ReleaseWindows.busiest(slowed, length: 1.1) == 14)
        #expect(ReleaseWindows.busiest(slowed, length: 1.0) <= 14)
        limiter.recordSuccess(at: clock.now().addingTimeInterval(60))
        #expect(limiter.currentRate == 20)
        let recovered = try await ReleaseWindows.collect(callers: 1, calls: 60) { try await limiter.acquire(clock: clock) }
        #expect(ReleaseWindows.busiest(recovered, length: 1.1) == 20)
    }

    @Test("a caller cancelled while waiting throws, takes no slot, and gives its reservation back")
    func cancellationWhileWaiting() async throws {
        let clock = ManualClock(autoAdvance: false)
        let start = clock.now()
        let limiter = TokenBucketLimiter(rate: 20, jitterAllowance: 0.1)
        let first = try await limiter.acquire(clock: clock)
        #expect(first == start)
        let waiter = Task { try await limiter.acquire(clock: clock) }
        while clock.pendingSleepers == 0 { await Task.yield() }
        waiter.cancel()
        await #expect(throws: CancellationError.self) { try await waiter.value }
        #expect(clock.pendingSleepers == 0)
        // The next caller gets the cancelled caller's slot, one spacing after the first release.
        // (A millisecond past the slot: sleeps round up to the microsecond.)
        let next = Task { try await limiter.acquire(clock: clock) }
        while clock.pendingSleepers == 0 { await Task.yield() }
        clock.advance(by: .milliseconds(56))
        let released = try await next.value
        #expect(abs(released.timeIntervalSince(start) - 0.056) < 0.000_01)
    }

    @Test("a caller woken before the last release's spacing is over waits again instead of sending")
    func recheckAfterWaking() async throws {
        let clock = ManualClock(autoAdvance: false)
        let limiter = TokenBucketLimiter(rate: 20, jitterAllowance: 0.1)
        let start = try await limiter.acquire(clock: clock)
        let second = Task { try await limiter.acquire(clock: clock) }
        let third = Task { try await limiter.acquire(clock: clock) }
        while clock.pendingSleepers < 2 { await Task.yield() }
        // Both reserved slots pass at once, as after a long stall of the process.
        clock.advance(by: .milliseconds(500))
        while clock.pendingSleepers < 1 { await Task.yield() }
        clock.advance(by: .milliseconds(56))
        let times = [try await second.value, try await third.value].sorted()
        #expect(abs(times[0].timeIntervalSince(start) - 0.5) < 0.000_01)
        #expect(abs(times[1].timeIntervalSince(times[0]) - 0.056) < 0.000_01)
    }
}
