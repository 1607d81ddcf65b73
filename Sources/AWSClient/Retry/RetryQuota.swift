import Synchronization

/// The SDKs' retry quota: a token bucket that stops retry storms when a service is down.
///
/// Each retry takes `retryCost` tokens (`timeoutCost` after a timeout); a
/// call that succeeds at the first attempt puts `successRefund` back, and a
/// call that succeeds after retries gives back what its retries took. When
/// the bucket cannot pay for a retry, the error surfaces at once — the
/// circuit breaker that keeps a failing dependency from being hammered.
public final class RetryQuota: Sendable {
    /// botocore's capacity.
    public static let defaultCapacity = 500
    /// Tokens one retry costs.
    public let retryCost: Int
    /// Tokens one retry after a timeout costs.
    public let timeoutCost: Int
    /// Tokens a first-attempt success returns.
    public let successRefund: Int
    /// The most tokens the bucket holds.
    public let capacity: Int
    private let available: Mutex<Int>

    /// Creates a full quota.
    public init(capacity: Int = RetryQuota.defaultCapacity, retryCost: Int = 5, timeoutCost: Int = 10,
                successRefund: Int = 1) {
        self.capacity = capacity
        self.retryCost = retryCost
        self.timeoutCost = timeoutCost
        self.successRefund = successRefund
        self.available = Mutex(capacity)
    }

    /// The tokens left.
    public var remaining: Int {
        available.withLock { $0 }
    }

    /// Takes the cost of one retry; returns the tokens taken, or nil when the quota is exhausted.
    public func acquire(afterTimeout: Bool) -> Int? {
        let cost = afterTimeout ? timeoutCost : retryCost
        return available.withLock { tokens -> Int? in
            guard tokens >= cost else { return nil }
            tokens -= cost
            return cost
        }
    }

    /// Returns tokens after a success: what the retries took, or `successRefund` when there were none.
    public func release(taken: Int) {
        let refund = taken > 0 ? taken : successRefund
        available.withLock { tokens in tokens = min(capacity, tokens + refund) }
    }
}
