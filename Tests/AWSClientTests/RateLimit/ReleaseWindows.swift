import Foundation

/// Counts of release times per sliding window, the measure the limiter's guarantee is stated in.
enum ReleaseWindows {
    /// The most releases in any window `[t, t + length)` that starts at a release.
    ///
    /// The edge is pulled in by 10 µs: release times are `Date`s near 8·10⁸ s, whose rounding
    /// (~10⁻⁷ s per step) adds up over a window's 20 spacings to about a microsecond.
    static func busiest(_ releases: [Date], length: TimeInterval) -> Int {
        let times = releases.map(\.timeIntervalSinceReferenceDate).sorted()
        var best = 0
        var end = 0
        for start in times.indices {
            if end < start { end = start }
            while end < times.count, times[end] - times[start] <= length - 0.000_01 { end += 1 }
            best = max(best, end - start)
        }
        return best
    }

    /// Releases of `callers` concurrent tasks, each acquiring `calls` times in turn.
    static func collect(callers: Int, calls: Int, acquire: @escaping @Sendable () async throws -> Date)
        async throws -> [Date] {
        try await withThrowingTaskGroup(of: [Date].self) { group in
            for _ in 0..<callers {
                group.addTask {
                    var times: [Date] = []
                    for _ in 0..<calls { times.append(try await acquire()) }
                    return times
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
    }
}
