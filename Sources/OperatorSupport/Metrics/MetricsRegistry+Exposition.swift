import Foundation

extension MetricsRegistry {
    /// The whole registry in the Prometheus text exposition format 0.0.4.
    ///
    /// Families sorted by name, series by label values, so two scrapes of
    /// the same state are byte-identical. Histogram buckets are cumulative
    /// and end with `le="+Inf"`, followed by `_sum` and `_count`.
    public func render() -> String {
        let snapshot = families.withLock { $0 }
        var out = ""
        for name in snapshot.keys.sorted() {
            guard let family = snapshot[name] else { continue }
            out += "# HELP \(name) \(Self.escapeHelp(family.help))\n"
            out += "# TYPE \(name) \(family.kind.rawValue)\n"
            for key in family.series.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
                guard let series = family.series[key] else { continue }
                let pairs = zip(family.labelNames, key).map { ($0, $1) }
                switch family.kind {
                case .counter, .gauge:
                    out += name + Self.labels(pairs) + " " + Self.format(series.value) + "\n"
                case .histogram:
                    for (index, bound) in family.buckets.enumerated() {
                        out += name + "_bucket" + Self.labels(pairs + [("le", Self.format(bound))]) + " "
                            + String(series.bucketCounts[index]) + "\n"
                    }
                    out += name + "_bucket" + Self.labels(pairs + [("le", "+Inf")]) + " " + String(series.count) + "\n"
                    out += name + "_sum" + Self.labels(pairs) + " " + Self.format(series.sum) + "\n"
                    out += name + "_count" + Self.labels(pairs) + " " + String(series.count) + "\n"
                }
            }
        }
        return out
    }

    static func labels(_ pairs: [(String, String)]) -> String {
        guard !pairs.isEmpty else { return "" }
        return "{" + pairs.map { "\($0.0)=\"\(escapeLabelValue($0.1))\"" }.joined(separator: ",") + "}"
    }

    /// Label values escape `\`, `"` and line feeds.
    static func escapeLabelValue(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    /// HELP text escapes `\` and line feeds only.
    static func escapeHelp(_ help: String) -> String {
        help.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Prometheus number spelling: integers without a fraction, `+Inf`, `-Inf`, `NaN`.
    static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
