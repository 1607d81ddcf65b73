import Foundation
import OperatorSupport

/// Caches another provider's credentials and refreshes them before they expire.
///
/// The timing is botocore's: from 15 minutes before expiry a refresh is
/// *advisory* (if it fails, the old credentials are still valid and are used),
/// from 10 minutes it is *mandatory* (a failure is thrown). Concurrent callers
/// share one in-flight refresh, so 50 reconcile tasks waking at once cause one
/// STS call, not 50. Credentials without an expiration are cached for good.
/// Advisory refreshes are tried at most once a minute, so short sessions (a
/// 900-second `duration_seconds` is inside the advisory window from the start)
/// and a failing STS do not turn every request into an STS call.
public actor CachingCredentialProvider: CredentialProvider {
    private let provider: any CredentialProvider
    private let clock: any OperatorClock
    private let advisoryWindow: TimeInterval
    private let mandatoryWindow: TimeInterval
    private let advisoryInterval: TimeInterval
    private var lastAttempt: Date?
    private var cached: AWSCredentials?
    private var refreshing: Task<AWSCredentials, any Error>?

    /// Wraps `provider`; the windows are how long before expiry each refresh starts.
    public init(_ provider: any CredentialProvider, clock: any OperatorClock,
                advisoryRefresh: Duration = .seconds(15 * 60), mandatoryRefresh: Duration = .seconds(10 * 60),
                advisoryRetryInterval: Duration = .seconds(60)) {
        self.provider = provider
        self.clock = clock
        advisoryWindow = Self.seconds(advisoryRefresh)
        mandatoryWindow = Self.seconds(mandatoryRefresh)
        advisoryInterval = Self.seconds(advisoryRetryInterval)
    }

    /// The wrapped provider's name: the cache is not where credentials come from.
    public nonisolated var providerName: String { provider.providerName }

    /// The cached credentials, refreshed first when they are inside a refresh window.
    public func credentials() async throws -> AWSCredentials {
        guard let current = cached else { return try await refresh() }
        guard let expiration = current.expiration else { return current }
        let now = clock.now()
        let remaining = expiration.timeIntervalSince(now)
        if remaining > advisoryWindow { return current }
        if remaining > mandatoryWindow {
            if let lastAttempt, now.timeIntervalSince(lastAttempt) < advisoryInterval, refreshing == nil {
                return current
            }
            do {
                return try await refresh()
            } catch {
                return current
            }
        }
        return try await refresh()
    }

    /// Drops the cached credentials so the next call fetches anew (after an `ExpiredToken` answer).
    public func invalidate() {
        cached = nil
    }

    private func refresh() async throws -> AWSCredentials {
        if let refreshing {
            return try await refreshing.value
        }
        let provider = self.provider
        lastAttempt = clock.now()
        let task = Task { try await provider.credentials() }
        refreshing = task
        defer { refreshing = nil }
        let fresh = try await task.value
        cached = fresh
        return fresh
    }

    private static func seconds(_ duration: Duration) -> TimeInterval {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
