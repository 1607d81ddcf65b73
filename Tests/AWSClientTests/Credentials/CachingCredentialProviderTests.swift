import Foundation
import Testing
@testable import AWSClient

@Suite struct CachingCredentialProviderTests {
    @Test func cachesUntilTheAdvisoryWindow() async throws {
        let clock = TestClock()
        let source = CountingProvider(clock: clock)
        let cache = CachingCredentialProvider(source, clock: clock)
        let first = try await cache.credentials()
        clock.advance(by: 3600 - 16 * 60)
        let second = try await cache.credentials()
        #expect(first == second)
        #expect(await source.fetches == 1)
    }

    @Test func fiftyConcurrentCallersShareOneFetch() async throws {
        let clock = TestClock()
        let source = CountingProvider(clock: clock, yields: 200)
        let cache = CachingCredentialProvider(source, clock: clock)
        let keys = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<50 {
                group.addTask { try await cache.credentials().accessKeyId }
            }
            var keys: [String] = []
            for try await key in group { keys.append(key) }
            return keys
        }
        #expect(keys.count == 50)
        #expect(Set(keys) == ["AKID1"])
        #expect(await source.fetches == 1)
    }

    @Test func concurrentCallersShareOneRefreshToo() async throws {
        let clock = TestClock()
        let source = CountingProvider(clock: clock, yields: 200)
        let cache = CachingCredentialProvider(source, clock: clock)
        _ = try await cache.credentials()
        clock.advance(by: 3600 - 5 * 60)
        let keys = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<50 {
                group.addTask { try await cache.credentials().accessKeyId }
            }
            var keys: [String] = []
            for try await key in group { keys.append(key) }
            return keys
        }
        #expect(keys.count == 50 && Set(keys) == ["AKID2"])
        #expect(await source.fetches == 2)
    }

    @Test func advisoryRefreshFailureKeepsTheOldCredentials() async throws {
        let clock = TestClock()
        let source = CountingProvider(clock: clock)
        let cache = CachingCredentialProvider(source, clock: clock)
        let first = try await cache.credentials()
        clock.advance(by: 3600 - 12 * 60)  // 12 minutes left: advisory
        await source.setFailing(true)
        #expect(try await cache.credentials() == first)
        #expect(await source.fetches == 2)
        await source.setFailing(false)
        clock.advance(by: 61)
        #expect(try await cache.credentials().accessKeyId == "AKID3")
    }

    @Test func shortSessionsAreRefreshedAtMostOnceAMinute() async throws {
        let clock = TestClock()
        let source = CountingProvider(clock: clock, lifetime: 900)
        let cache = CachingCredentialProvider(source, clock: clock)
        _ = try await cache.credentials()
        clock.advance(by: 30)
        #expect(try await cache.credentials().accessKeyId == "AKID1")
        clock.advance(by: 31)
        #expect(try await cache.credentials().accessKeyId == "AKID2")
        #expect(await source.fetches == 2)
    }

    @Test func failingAdvisoryRefreshIsNotRetriedOnEveryCall() async throws {
        let clock = TestClock()
        let source = CountingProvider(clock: clock)
        let cache = CachingCredentialProvider(source, clock: clock)
        let first = try await cache.credentials()
        clock.advance(by: 3600 - 14 * 60)
        await source.setFailing(true)
        for _ in 0..<5 { #expect(try await cache.credentials() == first) }
        #expect(await source.fetches == 2)
    }

    @Test func mandatoryRefreshFailureIsThrown() async throws {
        let clock = TestClock()
        let source = CountingProvider(clock: clock)
        let cache = CachingCredentialProvider(source, clock: clock)
        _ = try await cache.credentials()
        clock.advance(by: 3600 - 9 * 60)  // 9 minutes left: mandatory
        await source.setFailing(true)
        await #expect(throws: CredentialProviderError.self) { try await cache.credentials() }
    }

    @Test func credentialsWithoutExpirationAreKept() async throws {
        let clock = TestClock()
        let fixed = StaticCredentialProvider(AWSCredentials(accessKeyId: "AKIA", secretAccessKey: "s"))
        let cache = CachingCredentialProvider(fixed, clock: clock)
        _ = try await cache.credentials()
        clock.advance(by: 10 * 365 * 86_400)
        #expect(try await cache.credentials().accessKeyId == "AKIA")
    }

    @Test func invalidateForcesAFetch() async throws {
        let clock = TestClock()
        let source = CountingProvider(clock: clock)
        let cache = CachingCredentialProvider(source, clock: clock)
        _ = try await cache.credentials()
        await cache.invalidate()
        #expect(try await cache.credentials().accessKeyId == "AKID2")
    }

    @Test func descriptionNeverShowsSecrets() {
        let credentials = AWSCredentials(accessKeyId: "ASIA1", secretAccessKey: "very-secret", sessionToken: "tok-secret")
        #expect(!"\(credentials)".contains("very-secret"))
        #expect(!"\(credentials)".contains("tok-secret"))
    }
}
