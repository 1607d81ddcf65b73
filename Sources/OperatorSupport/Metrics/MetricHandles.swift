/// A registered counter: only `increment`. Cheap to copy; all copies update the same registry.
public struct Counter: Sendable {
    let registry: MetricsRegistry
    /// The metric's name.
    public let name: String

    /// Adds `amount` (negative amounts are ignored: counters never go down) to the series with `labels`.
    public func increment(by amount: Double = 1, labels: [String: String] = [:]) throws(MetricsError) {
        guard amount >= 0 else { return }
        try registry.update(name, labels: labels) { series, _ in series.value += amount }
    }
}

/// A registered gauge: `set`, `add`.
public struct Gauge: Sendable {
    let registry: MetricsRegistry
    /// The metric's name.
    public let name: String

    /// Sets the series with `labels` to `value`.
    public func set(_ value: Double, labels: [String: String] = [:]) throws(MetricsError) {
        try registry.update(name, labels: labels) { series, _ in series.value = value }
    }

    /// Adds `delta` (may be negative) to the series with `labels`.
    public func add(_ delta: Double, labels: [String: String] = [:]) throws(MetricsError) {
        try registry.update(name, labels: labels) { series, _ in series.value += delta }
    }
}

/// A registered histogram: `observe`.
public struct Histogram: Sendable {
    let registry: MetricsRegistry
    /// The metric's name.
    public let name: String

    /// Records one observation in the series with `labels`.
    public func observe(_ value: Double, labels: [String: String] = [:]) throws(MetricsError) {
        try registry.update(name, labels: labels) { series, family in
            for (index, bound) in family.buckets.enumerated() where value <= bound {
                series.bucketCounts[index] += 1
            }
            series.sum += value
            series.count += 1
        }
    }

    /// Records a duration in seconds, the base unit.
    public func observe(_ duration: Duration, labels: [String: String] = [:]) throws(MetricsError) {
        let parts = duration.components
        try observe(Double(parts.seconds) + Double(parts.attoseconds) / 1e18, labels: labels)
    }
}
