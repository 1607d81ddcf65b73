import AWSClient
import Testing

@Suite("RetryQuota")
struct RetryQuotaTests {
    @Test("retries cost 5, timeouts 10; exhaustion refuses; refunds never exceed capacity")
    func exhaustion() {
        let quota = RetryQuota(capacity: 22)
        #expect(quota.acquire(afterTimeout: false) == 5)
        #expect(quota.acquire(afterTimeout: true) == 10)
        #expect(quota.remaining == 7)
        #expect(quota.acquire(afterTimeout: true) == nil)
        #expect(quota.acquire(afterTimeout: false) == 5)
        #expect(quota.acquire(afterTimeout: false) == nil)
        #expect(quota.remaining == 2)
        quota.release(taken: 0)
        #expect(quota.remaining == 3)
        quota.release(taken: 15)
        #expect(quota.remaining == 18)
        quota.release(taken: 100)
        #expect(quota.remaining == 22)
    }

    @Test("the default quota pays for exactly 100 plain retries")
    func defaultCapacity() {
        let quota = RetryQuota()
        var granted = 0
        while quota.acquire(afterTimeout: false) != nil { granted += 1 }
        #expect(granted == 100)
    }
}
