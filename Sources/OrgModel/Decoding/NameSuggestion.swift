/// "Did you mean …?" for unknown fields, kinds, enum values and references.
///
/// Runs only when an error is reported, never on the happy path, so its
/// quadratic edit distance costs nothing for valid repositories.
enum NameSuggestion {
    /// The candidate nearest to `name` by case-insensitive edit distance, when near enough to be a typo.
    static func nearest(to name: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(name.lowercased().unicodeScalars)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars))
            if best == nil || distance < best?.1 ?? Int.max { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let limit = max(2, min(target.count, candidate.unicodeScalars.count) / 3)
        if distance <= limit { return candidate }
        // A truncated value ("SERVICE_CONTROL") is as likely a slip as a typo.
        let lowered = name.lowercased()
        guard lowered.count >= 4 else { return nil }
        return candidates.first { $0.lowercased().hasPrefix(lowered) }
    }

    /// "; did you mean 'x'?" or an empty string.
    static func clause(for name: String, in candidates: some Sequence<String>) -> String {
        nearest(to: name, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
