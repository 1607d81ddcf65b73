import OperatorSupport
import OrgModel
import Synchronization

/// The loop's Prometheus series: reconciles by organization and result, durations, drift left, last applied revision.
///
/// AWS call and throttle counters belong to the AWS client and are registered
/// by the composition root on the same registry, so `/metrics` shows both.
public final class ReconcilerMetrics: Sendable {
    let registry: MetricsRegistry
    let reconciles: Counter
    let durations: Histogram
    let drift: Gauge
    let lastApplied: Gauge
    /// The revision each organization's info series names, so a change replaces only that series' value.
    private let revisions = Mutex<[String: String]>([:])

    /// Registers the series on `registry`.
    public init(registry: MetricsRegistry) throws(MetricsError) {
        self.registry = registry
        reconciles = try registry.counter(MetricNames.reconcileTotal, help: "Reconcile passes by organization and result.",
                                          labels: MetricNames.reconcileTotalLabels)
        durations = try registry.histogram(MetricNames.reconcileDurationSeconds, help: "Duration of reconcile passes.",
                                           labels: ["organization"], buckets: MetricNames.reconcileDurationBuckets)
        drift = try registry.gauge(MetricNames.driftResources, help: "Differences left after the last pass.",
                                   labels: ["organization"])
        lastApplied = try registry.gauge(MetricNames.lastAppliedRevisionInfo, help: "The last applied revision (always 1).",
                                         labels: ["organization", "revision"])
    }

    /// Records one pass; a metrics error (a label mismatch, a bug) never stops the loop.
    func record(_ outcome: PassOutcome) {
        let document = outcome.document
        let organization = document.organization
        try? reconciles.increment(labels: ["organization": organization, "result": document.result.rawValue])
        try? durations.observe(Double(outcome.durationMs) / 1000, labels: ["organization": organization])
        try? drift.set(Double(document.counts.driftLeft), labels: ["organization": organization])
        guard let revision = document.lastAppliedRevision else { return }
        let all = revisions.withLock { revisions -> [String: String]? in
            guard revisions[organization] != revision else { return nil }
            revisions[organization] = revision
            return revisions
        }
        guard let all else { return }
        // The registry removes series by family only: rebuild the family with every organization's current revision.
        registry.reset(MetricNames.lastAppliedRevisionInfo)
        for (name, id) in all { try? lastApplied.set(1, labels: ["organization": name, "revision": id]) }
    }
}
