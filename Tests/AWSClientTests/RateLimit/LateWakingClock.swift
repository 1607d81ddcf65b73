import Foundation
import OperatorSupport
import TestSupport

/// A virtual clock whose sleepers wake late, like tasks on a loaded machine.
///
/// Wraps an auto-advancing `ManualClock`: every sleep lasts its duration
/// plus a lateness drawn from a seeded generator (uniform in
/// `[0, maximumLateness)`), and every `burstEvery`-th sleep oversleeps by
/// `burstLateness` on top, so that many reserved slots pass while the
/// sleeper is away — the situation that bunched calls before.
final class LateWakingClock: OperatorClock {
    private let base = ManualClock()
    private let random: SeededRandom
    private let maximumLateness: TimeInterval
    private let burstEvery: UInt64
    private let burstLateness: TimeInterval

    init(seed: UInt64, maximumLateness: TimeInterval, burstEvery: UInt64 = 0, burstLateness: TimeInterval = 0) {
        self.random = SeededRandom(seed: seed)
        self.maximumLateness = maximumLateness
        self.burstEvery = burstEvery
        self.burstLateness = burstLateness
    }

    func now() -> Date { base.now() }

    func sleep(for duration: Duration) async throws {
        var late = random.next() * maximumLateness
        if burstEvery > 0, random.nextUInt64() % burstEvery == 0 { late += burstLateness }
        try await base.sleep(for: duration + .microseconds(Int64(late * 1_000_000)))
    }
}
