import Foundation
import OperatorSupport

/// When and how long to retry a failed AWS call: the SDKs' standard mode plus the operator's extras.
///
/// Standard mode as botocore implements it — max attempts (default 3),
/// full-jitter exponential backoff (base 1 s, cap 20 s), a shared retry
/// quota — with two deliberate differences: `LimitExceededException` is a
/// quota in our services, not throttling, so it is not retried; and the
/// conflicts that clear on their own (`ConcurrentModificationException`,
/// `ConflictException`, `OperationInProgressException`,
/// `StaleRequestException`) are retried with their own, larger attempt budget.
public struct RetryPolicy: Sendable {
    /// Total attempts for throttling and transient errors (attempts, not retries).
    public var maxAttempts: Int
    /// Total attempts for the operator extras.
    public var extraMaxAttempts: Int
    /// The backoff between attempts.
    public var backoff: ExponentialBackoff
    /// The capacity of the retry quota shared by every call of one client family.
    public var quotaCapacity: Int
    /// The most a `Retry-After` from AWS may stretch one wait.
    public var maxRetryAfter: Duration
    /// Error codes treated as throttling.
    public var throttlingCodes: Set<String>
    /// Error codes treated as transient.
    public var transientCodes: Set<String>
    /// HTTP statuses treated as transient when the code says nothing else.
    public var transientStatuses: Set<Int>
    /// Error codes that clear on their own and get `extraMaxAttempts`.
    public var extraCodes: Set<String>

    /// Creates a policy; every parameter has the standard-mode default.
    public init(maxAttempts: Int = 3, extraMaxAttempts: Int = 8, backoff: ExponentialBackoff = ExponentialBackoff(),
                quotaCapacity: Int = RetryQuota.defaultCapacity, maxRetryAfter: Duration = .seconds(60),
                throttlingCodes: Set<String> = RetryPolicy.standardThrottlingCodes,
                transientCodes: Set<String> = RetryPolicy.standardTransientCodes,
                transientStatuses: Set<Int> = [500, 502, 503, 504],
                extraCodes: Set<String> = RetryPolicy.operatorExtraCodes) {
        self.maxAttempts = max(1, maxAttempts)
        self.extraMaxAttempts = max(1, extraMaxAttempts)
        self.backoff = backoff
        self.quotaCapacity = quotaCapacity
        self.maxRetryAfter = maxRetryAfter
        self.throttlingCodes = throttlingCodes
        self.transientCodes = transientCodes
        self.transientStatuses = transientStatuses
        self.extraCodes = extraCodes
    }

    /// The standard policy.
    public static var standard: RetryPolicy { RetryPolicy() }

    /// A policy that never retries, for callers that do their own.
    public static var none: RetryPolicy { RetryPolicy(maxAttempts: 1, extraMaxAttempts: 1) }

    /// The standard policy with `AWS_MAX_ATTEMPTS` applied from the given environment.
    ///
    /// Throws when the variable is set but not a positive integer, so a typo
    /// does not silently fall back to the default.
    public static func fromEnvironment(_ environment: [String: String]) throws -> RetryPolicy {
        var policy = RetryPolicy.standard
        if let raw = environment["AWS_MAX_ATTEMPTS"] {
            guard let value = Int(raw.trimmingCharacters(in: .whitespaces)), value >= 1 else {
                throw RetryConfigurationError(variable: "AWS_MAX_ATTEMPTS", value: raw)
            }
            policy.maxAttempts = value
        }
        return policy
    }

    /// The throttling codes of botocore's standard mode, minus `LimitExceededException`.
    public static let standardThrottlingCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "RequestThrottled", "SlowDown",
        "PriorRequestNotComplete", "EC2ThrottledException",
    ]

    /// The transient codes of botocore's standard mode, plus the modeled retryable ones of our services.
    public static let standardTransientCodes: Set<String> = [
        "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete", "InternalServerException",
        "InternalFailure", "ServiceUnavailable", "IDPCommunicationError",
    ]

    /// The conflicts that clear on their own in Organizations, Identity Center and CloudFormation.
    public static let operatorExtraCodes: Set<String> = [
        "ConcurrentModificationException", "ConflictException", "OperationInProgressException",
        "StaleRequestException",
    ]

    /// Classifies one failed attempt.
    public func classify(_ error: AWSError) -> RetryClass {
        switch error.origin {
        case .transport:
            return .transient
        case .undecodableResponse, .client:
            return .notRetryable
        case .service, .unrecognizedResponse:
            break
        }
        if throttlingCodes.contains(error.code) || error.httpStatus == 429 { return .throttling }
        if extraCodes.contains(error.code) { return .operatorExtra }
        if transientCodes.contains(error.code) || transientStatuses.contains(error.httpStatus) { return .transient }
        return .notRetryable
    }

    /// How many attempts in total an error of that class may get.
    public func attempts(for retryClass: RetryClass) -> Int {
        switch retryClass {
        case .throttling, .transient: maxAttempts
        case .operatorExtra: max(maxAttempts, extraMaxAttempts)
        case .notRetryable: 1
        }
    }

    /// The wait before the next attempt after `attempt` failed attempts (1-based).
    ///
    /// A `Retry-After` from AWS wins over the computed delay when it is
    /// longer, bounded by `maxRetryAfter`.
    public func delay(afterAttempt attempt: Int, error: AWSError, random: () -> Double) -> Duration {
        let computed = backoff.delay(afterAttempt: attempt, random: random)
        guard let asked = error.retryAfter else { return computed }
        return max(computed, min(asked, maxRetryAfter))
    }
}
