import Foundation

import Synchronization

/// Counters, gauges and histograms with labels, rendered in the Prometheus text format 0.0.4.
///
/// The loop registers its metrics once and updates them through the
/// returned handles; `/metrics` calls `render()`. Registering a name again
/// with the same kind, help and labels returns the existing metric, so
/// components need not coordinate; a conflicting registration throws.
public final class MetricsRegistry: Sendable {
    /// The kind of a metric family.
    public enum Kind: String, Sendable, Hashable {
        /// Only goes up; name ends in `_total`.
        case counter
        /// Goes up and down.
        case gauge
        /// Observations counted into buckets, with a sum and a count.
        case histogram
    }

    struct Family: Sendable {
        var name: String
        var help: String
        var kind: Kind
        var labelNames: [String]
        var buckets: [Double]
        /// Label values (in `labelNames` order) → value, or histogram state.
        var series: [[String]: Series] = [:]
    }

    struct Series: Sendable {
        var value: Double = 0
        var bucketCounts: [UInt64] = []
        var sum: Double = 0
        var count: UInt64 = 0
    }

    /// The `Content-Type` of `render()`'s output.
    public static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    let families = Mutex<[String: Family]>([:])

    /// Creates an empty registry.
    public init() {}

    /// Registers (or finds) a counter: a value that only goes up.
    public func counter(_ name: String, help: String, labels: [String] = []) throws(MetricsError) -> Counter {
        try register(name, help: help, kind: .counter, labels: labels, buckets: [])
        return Counter(registry: self, name: name)
    }

    /// Registers (or finds) a gauge: a value that goes up and down.
    public func gauge(_ name: String, help: String, labels: [String] = []) throws(MetricsError) -> Gauge {
        try register(name, help: help, kind: .gauge, labels: labels, buckets: [])
        return Gauge(registry: self, name: name)
    }

    /// Registers (or finds) a histogram with upper bucket bounds `buckets` (ascending; `+Inf` is implied).
    public func histogram(_ name: String, help: String, labels: [String] = [],
                          buckets: [Double]) throws(MetricsError) -> Histogram {
        let finite = buckets.filter { $0.isFinite }
        guard !finite.isEmpty, zip(finite, finite.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw MetricsError(code: "invalid-buckets", message: "histogram '\(name)' needs ascending, distinct bucket bounds")
        }
        guard !labels.contains("le") else {
            throw MetricsError(code: "invalid-label-name", message: "histogram '\(name)' may not use the reserved label 'le'")
        }
        try register(name, help: help, kind: .histogram, labels: labels, buckets: finite)
        return Histogram(registry: self, name: name)
    }

    private func register(_ name: String, help: String, kind: Kind, labels: [String],
                          buckets: [Double]) throws(MetricsError) {
        guard Self.isValidMetricName(name) else {
            throw MetricsError(code: "invalid-metric-name", message: "metric name '\(name)' must match [a-zA-Z_:][a-zA-Z0-9_:]*")
        }
        for label in labels where !Self.isValidLabelName(label) {
            throw MetricsError(code: "invalid-label-name",
                               message: "label '\(label)' of '\(name)' must match [a-zA-Z_][a-zA-Z0-9_]* and not start with '__'")
        }
        guard Set(labels).count == labels.count else {
            throw MetricsError(code: "invalid-label-name", message: "metric '\(name)' lists a label twice")
        }
        let conflict: String? = families.withLock { families in
            if let existing = families[name] {
                guard existing.kind == kind, existing.labelNames == labels, existing.help == help,
                      existing.buckets == buckets else {
                    return "metric '\(name)' is already registered as a \(existing.kind) with labels \(existing.labelNames)"
                }
                return nil
            }
            families[name] = Family(name: name, help: help, kind: kind, labelNames: labels, buckets: buckets)
            return nil
        }
        if let conflict { throw MetricsError(code: "metric-conflict", message: conflict) }
    }

    /// Applies `change` to the series of `name` with `labels`, creating it at zero.
    func update(_ name: String, labels: [String: String], _ change: (inout Series, Family) -> Void) throws(MetricsError) {
        let problem: String? = families.withLock { families in
            guard var family = families[name] else { return "metric '\(name)' is not registered" }
            guard Set(labels.keys) == Set(family.labelNames) else {
                return "metric '\(name)' takes labels \(family.labelNames), got \(labels.keys.sorted())"
            }
            let key = family.labelNames.map { labels[$0] ?? "" }
            var series = family.series[key] ?? Series(bucketCounts: Array(repeating: 0, count: family.buckets.count))
            change(&series, family)
            family.series[key] = series
            families[name] = family
            return nil
        }
        if let problem { throw MetricsError(code: "label-mismatch", message: problem) }
    }

    /// Removes every series of `name` (for example the old revision of an info metric) keeping the family.
    public func reset(_ name: String) {
        families.withLock { $0[name]?.series = [:] }
    }

    static func isValidMetricName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCIIIdentifierStart || first == ":" else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCIIIdentifierStart || $0 == ":" || ("0"..."9").contains($0) }
    }

    static func isValidLabelName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCIIIdentifierStart, !name.hasPrefix("__") else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCIIIdentifierStart || ("0"..."9").contains($0) }
    }
}

extension Unicode.Scalar {
    /// A letter `a-z`, `A-Z` or `_`.
    fileprivate var isASCIIIdentifierStart: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || self == "_"
    }
}
