import Synchronization

/// A deterministic source of doubles in `[0, 1)`, for jitter that tests can replay.
///
/// SplitMix64 under a mutex: tiny, fast, and good enough for spreading
/// retries apart; never used for anything secret. Production code passes
/// `SystemRandom.unit` instead, tests pass `SeededRandom(seed:).next`.
public final class SeededRandom: Sendable {
    private let state: Mutex<UInt64>

    /// Creates a generator; the same seed always yields the same sequence.
    public init(seed: UInt64) {
        self.state = Mutex(seed)
    }

    /// The next raw 64-bit value.
    public func nextUInt64() -> UInt64 {
        state.withLock { state in
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// The next double in `[0, 1)`, built from the top 53 bits.
    public func next() -> Double {
        Double(nextUInt64() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }
}

/// The system's random numbers, as the jitter source of production clients.
public enum SystemRandom {
    /// A uniformly distributed double in `[0, 1)`.
    @Sendable public static func unit() -> Double {
        Double.random(in: 0..<1)
    }
}
