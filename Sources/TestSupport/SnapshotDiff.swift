/// A short line-by-line account of how a text differs from its baseline.
enum SnapshotDiff {
    /// The first differing lines, marked `-` (baseline) and `+` (actual), with line numbers;
    /// at most `limit` of them, so a wholly different text stays readable.
    static func describe(expected: String, actual: String, limit: Int = 12) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        var shown = 0
        for index in 0..<max(old.count, new.count) where shown < limit {
            let before = index < old.count ? String(old[index]) : nil
            let after = index < new.count ? String(new[index]) : nil
            guard before != after else { continue }
            shown += 1
            if let before { out.append("  \(index + 1) - \(before)") }
            if let after { out.append("  \(index + 1) + \(after)") }
        }
        return out.joined(separator: "\n")
    }
}
