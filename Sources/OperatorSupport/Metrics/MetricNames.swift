/// The metric names of the operator, per the naming conventions (`orgops_` prefix, base units, `_total` counters).
///
/// Kept in one place so dashboards and alerts have a single list to follow;
/// the loop registers them, with the labels given here.
public enum MetricNames {
    /// Counter of reconcile passes per organization, by result (`converged`, `pending`, `failed`, …).
    public static let reconcileTotal = "orgops_reconcile_total"
    /// Labels of `reconcileTotal`.
    public static let reconcileTotalLabels = ["organization", "result"]
    /// Histogram of reconcile pass duration in seconds, per organization.
    public static let reconcileDurationSeconds = "orgops_reconcile_duration_seconds"
    /// Gauge of drifted resources left after the last pass, per organization.
    public static let driftResources = "orgops_drift_resources"
    /// Counter of AWS API calls by service, operation and outcome (`success`, `error`, `throttled`).
    public static let awsAPICallsTotal = "orgops_aws_api_calls_total"
    /// Labels of `awsAPICallsTotal`.
    public static let awsAPICallsTotalLabels = ["service", "operation", "outcome"]
    /// Counter of throttling responses from AWS, by service.
    public static let awsThrottlesTotal = "orgops_aws_throttles_total"
    /// Info gauge (always 1) naming the last applied revision per organization; the revision is a label on purpose.
    public static let lastAppliedRevisionInfo = "orgops_last_applied_revision_info"

    /// The buckets of reconcile durations: 5 ms to 60 s like controller-runtime's, plus 5 and 10 minutes for StackSets.
    public static let reconcileDurationBuckets: [Double] = [
        0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 600,
    ]
}
