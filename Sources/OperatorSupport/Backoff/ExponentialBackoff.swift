/// Full-jitter exponential backoff, the delay formula of the AWS SDKs' standard retry mode.
///
/// `delay = random × min(base × 2^(attempt − 1), cap)`: the ceiling doubles
/// with each failed attempt up to `cap`, and the full jitter spreads
/// concurrent clients apart so they do not retry in lock-step. Used for
/// AWS retries and for the reconcile loop's requeue of transient failures.
public struct ExponentialBackoff: Sendable, Equatable {
    /// The ceiling after the first failed attempt.
    public var base: Duration
    /// The largest ceiling, however many attempts failed.
    public var cap: Duration

    /// Creates a backoff; the SDK defaults are a base of 1 s and a cap of 20 s.
    public init(base: Duration = .seconds(1), cap: Duration = .seconds(20)) {
        self.base = base
        self.cap = cap
    }

    /// The upper bound of the delay after `attempt` failed attempts (1-based), before jitter.
    public func ceiling(afterAttempt attempt: Int) -> Duration {
        let exponent = max(0, attempt - 1)
        let baseSeconds = Self.seconds(base)
        let capSeconds = Self.seconds(cap)
        // 2^63 overflows nothing as a Double; min() keeps the result at or below the cap.
        let raw = baseSeconds * Double(sign: .plus, exponent: min(exponent, 1000), significand: 1)
        return Self.duration(min(raw, capSeconds))
    }

    /// The jittered delay after `attempt` failed attempts; `random` must yield values in `[0, 1)`.
    public func delay(afterAttempt attempt: Int, random: () -> Double) -> Duration {
        let unit = min(max(random(), 0), 1)
        return Self.duration(Self.seconds(ceiling(afterAttempt: attempt)) * unit)
    }

    /// A duration as fractional seconds.
    public static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    /// Fractional seconds as a duration, rounded to the microsecond.
    public static func duration(_ seconds: Double) -> Duration {
        guard seconds.isFinite, seconds > 0 else { return .zero }
        return .microseconds(Int64((seconds * 1_000_000).rounded()))
    }
}
