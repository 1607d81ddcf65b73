import AWSClient
import OperatorSupport
import Testing

@Suite("RetryPolicy")
struct RetryPolicyTests {
    private func error(_ code: String, status: Int = 400, origin: AWSError.Origin = .service) -> AWSError {
        AWSError(code: code, message: "", httpStatus: status, service: "organizations", operation: "Op", scope: "",
                 origin: origin)
    }

    @Test("classification", arguments: [
        ("TooManyRequestsException", 400, RetryClass.throttling),
        ("Throttling", 400, .throttling),
        ("ThrottlingException", 400, .throttling),
        ("RequestLimitExceeded", 400, .throttling),
        ("SomethingElse", 429, .throttling),
        ("LimitExceededException", 400, .notRetryable),
        ("ConcurrentModificationException", 400, .operatorExtra),
        ("ConflictException", 400, .operatorExtra),
        ("OperationInProgressException", 409, .operatorExtra),
        ("StaleRequestException", 409, .operatorExtra),
        ("InternalFailure", 500, .transient),
        ("UnrecognizedResponse", 502, .transient),
        ("ServiceUnavailable", 503, .transient),
        ("Whatever", 504, .transient),
        ("RequestTimeout", 400, .transient),
        ("AccessDeniedException", 400, .notRetryable),
        ("InvalidClientTokenId", 403, .notRetryable),
        ("StackSetNotFoundException", 404, .notRetryable),
    ])
    func classify(code: String, status: Int, expected: RetryClass) {
        #expect(RetryPolicy.standard.classify(error(code, status: status)) == expected)
    }

    @Test("transport failures are transient; undecodable successes and client refusals are not")
    func origins() {
        let policy = RetryPolicy.standard
        #expect(policy.classify(error(AWSError.ClientCode.connect, status: 0, origin: .transport(.connect))) == .transient)
        #expect(policy.classify(error(AWSError.ClientCode.timeout, status: 0, origin: .transport(.timeout))) == .transient)
        #expect(policy.classify(error(AWSError.ClientCode.undecodable, status: 200, origin: .undecodableResponse))
            == .notRetryable)
        #expect(policy.classify(error(AWSError.ClientCode.invalidCall, status: 0, origin: .client)) == .notRetryable)
    }

    @Test("attempt budgets: 3 standard, 8 for the operator extras, 1 for the rest")
    func budgets() {
        let policy = RetryPolicy.standard
        #expect(policy.attempts(for: .throttling) == 3)
        #expect(policy.attempts(for: .transient) == 3)
        #expect(policy.attempts(for: .operatorExtra) == 8)
        #expect(policy.attempts(for: .notRetryable) == 1)
        #expect(RetryPolicy(maxAttempts: 5, extraMaxAttempts: 12).attempts(for: .operatorExtra) == 12)
    }

    @Test("full-jitter backoff: random × min(base × 2^(attempt−1), cap)")
    func backoffMath() {
        let backoff = ExponentialBackoff(base: .seconds(1), cap: .seconds(20))
        #expect(backoff.ceiling(afterAttempt: 1) == .seconds(1))
        #expect(backoff.ceiling(afterAttempt: 2) == .seconds(2))
        #expect(backoff.ceiling(afterAttempt: 5) == .seconds(16))
        #expect(backoff.ceiling(afterAttempt: 6) == .seconds(20))
        #expect(backoff.ceiling(afterAttempt: 500) == .seconds(20))
        #expect(backoff.delay(afterAttempt: 3, random: { 0.5 }) == .seconds(2))
        #expect(backoff.delay(afterAttempt: 3, random: { 0 }) == .zero)
        let small = ExponentialBackoff(base: .milliseconds(100), cap: .milliseconds(250))
        #expect(small.ceiling(afterAttempt: 2) == .milliseconds(200))
        #expect(small.ceiling(afterAttempt: 3) == .milliseconds(250))
    }

    @Test("seeded jitter is reproducible and stays under the ceiling")
    func seededJitter() {
        let first = SeededRandom(seed: 42)
        let second = SeededRandom(seed: 42)
        let backoff = ExponentialBackoff()
        for attempt in 1...10 {
            let a = backoff.delay(afterAttempt: attempt, random: first.next)
            let b = backoff.delay(afterAttempt: attempt, random: second.next)
            #expect(a == b)
            #expect(a >= .zero && a <= backoff.ceiling(afterAttempt: attempt))
        }
        let values = (0..<1000).map { _ in first.next() }
        #expect(values.allSatisfy { $0 >= 0 && $0 < 1 })
        #expect(abs(values.reduce(0, +) / 1000 - 0.5) < 0.05)
    }

    @Test("Retry-After stretches the wait, bounded by maxRetryAfter")
    func retryAfter() {
        let policy = RetryPolicy(maxRetryAfter: .seconds(10))
        var throttled = error("ThrottlingException")
        throttled.retryAfter = .seconds(7)
        #expect(policy.delay(afterAttempt: 1, error: throttled, random: { 0.5 }) == .seconds(7))
        throttled.retryAfter = .seconds(90)
        #expect(policy.delay(afterAttempt: 1, error: throttled, random: { 0.5 }) == .seconds(10))
        throttled.retryAfter = .milliseconds(10)
        #expect(policy.delay(afterAttempt: 2, error: throttled, random: { 0.5 }) == .seconds(1))
    }

    @Test("AWS_MAX_ATTEMPTS sets the attempts; a bad value is an error quoting it")
    func environment() throws {
        #expect(try RetryPolicy.fromEnvironment(["AWS_MAX_ATTEMPTS": "5"]).maxAttempts == 5)
        #expect(try RetryPolicy.fromEnvironment([:]).maxAttempts == 3)
        let error = #expect(throws: RetryConfigurationError.self) {
            _ = try RetryPolicy.fromEnvironment(["AWS_MAX_ATTEMPTS": "three"])
        }
        #expect(error?.description == "AWS_MAX_ATTEMPTS must be a whole number of attempts of at least 1, not 'three'")
        #expect(throws: RetryConfigurationError.self) { _ = try RetryPolicy.fromEnvironment(["AWS_MAX_ATTEMPTS": "0"]) }
    }
}
