import OperatorSupport
import Testing

@Suite("Metrics: registry and Prometheus text exposition")
struct MetricsRegistryTests {
    @Test func countersAndGaugesRenderSortedWithHelpAndType() throws {
        let registry = MetricsRegistry()
        let reconciles = try registry.counter(MetricNames.reconcileTotal, help: "Reconcile passes by organization and result.",
                                              labels: MetricNames.reconcileTotalLabels)
        let drift = try registry.gauge(MetricNames.driftResources, help: "Drifted resources left.", labels: ["organization"])
        try reconciles.increment(labels: ["organization": "workloads", "result": "converged"])
        try reconciles.increment(by: 2, labels: ["organization": "security", "result": "failed"])
        try reconciles.increment(labels: ["organization": "workloads", "result": "converged"])
        try drift.set(3, labels: ["organization": "workloads"])
        try drift.add(-1.5, labels: ["organization": "workloads"])
        #expect(registry.render() == """
            # HELP orgops_drift_resources Drifted resources left.
            # TYPE orgops_drift_resources gauge
            orgops_drift_resources{organization="workloads"} 1.5
            # HELP orgops_reconcile_total Reconcile passes by organization and result.
            # TYPE orgops_reconcile_total counter
            orgops_reconcile_total{organization="security",result="failed"} 2
            orgops_reconcile_total{organization="workloads",result="converged"} 2

            """)
        #expect(MetricsRegistry.contentType == "text/plain; version=0.0.4; charset=utf-8")
    }

    @Test func histogramsHaveCumulativeBucketsSumAndCount() throws {
        let registry = MetricsRegistry()
        let duration = try registry.histogram(MetricNames.reconcileDurationSeconds, help: "Reconcile duration.",
                                              labels: ["organization"], buckets: [0.125, 1, 10])
        for value in [0.0625, 0.5, 0.75, 20] {
            try duration.observe(value, labels: ["organization": "a"])
        }
        try duration.observe(.milliseconds(125), labels: ["organization": "a"])
        #expect(registry.render() == """
            # HELP orgops_reconcile_duration_seconds Reconcile duration.
            # TYPE orgops_reconcile_duration_seconds histogram
            orgops_reconcile_duration_seconds_bucket{organization="a",le="0.125"} 2
            orgops_reconcile_duration_seconds_bucket{organization="a",le="1"} 4
            orgops_reconcile_duration_seconds_bucket{organization="a",le="10"} 4
            orgops_reconcile_duration_seconds_bucket{organization="a",le="+Inf"} 5
            orgops_reconcile_duration_seconds_sum{organization="a"} 21.4375
            orgops_reconcile_duration_seconds_count{organization="a"} 5

            """)
    }

    @Test func labelValuesAndHelpAreEscaped() throws {
        let registry = MetricsRegistry()
        let info = try registry.gauge(MetricNames.lastAppliedRevisionInfo, help: "Last applied revision.\nSee \\docs.",
                                      labels: ["organization", "revision"])
        try info.set(1, labels: ["organization": "we\"ird\\org\nname", "revision": "3f2a1b9"])
        #expect(registry.render() == """
            # HELP orgops_last_applied_revision_info Last applied revision.\\nSee \\\\docs.
            # TYPE orgops_last_applied_revision_info gauge
            orgops_last_applied_revision_info{organization="we\\"ird\\\\org\\nname",revision="3f2a1b9"} 1

            """)
        registry.reset(MetricNames.lastAppliedRevisionInfo)
        #expect(!registry.render().contains("3f2a1b9"))
    }

    @Test func registrationIsIdempotentAndConflictsAreErrors() throws {
        let registry = MetricsRegistry()
        let first = try registry.counter(MetricNames.awsThrottlesTotal, help: "Throttles.", labels: ["service"])
        let again = try registry.counter(MetricNames.awsThrottlesTotal, help: "Throttles.", labels: ["service"])
        try first.increment(labels: ["service": "organizations"])
        try again.increment(labels: ["service": "organizations"])
        #expect(registry.render().contains("orgops_aws_throttles_total{service=\"organizations\"} 2"))

        let conflict = #expect(throws: MetricsError.self) {
            try registry.gauge(MetricNames.awsThrottlesTotal, help: "Throttles.", labels: ["service"])
        }
        #expect(conflict?.code == "metric-conflict")
        let wrongLabels = #expect(throws: MetricsError.self) { try first.increment(labels: ["region": "x"]) }
        #expect(wrongLabels?.code == "label-mismatch")
        #expect(wrongLabels?.message.contains("[\"service\"]") == true)
        for bad in ["1abc", "orgops-total", ""] {
            #expect(throws: MetricsError.self) { try registry.counter(bad, help: "x") }
        }
        #expect(throws: MetricsError.self) { try registry.counter("ok_total", help: "x", labels: ["__reserved"]) }
        #expect(throws: MetricsError.self) { try registry.histogram("h", help: "x", buckets: [1, 1]) }
        #expect(throws: MetricsError.self) { try registry.histogram("h", help: "x", labels: ["le"], buckets: [1]) }
    }

    @Test func countersNeverGoDownAndSpecialValuesAreSpelled() throws {
        let registry = MetricsRegistry()
        let counter = try registry.counter("c_total", help: "c")
        try counter.increment(by: 5)
        try counter.increment(by: -3)
        let gauge = try registry.gauge("g", help: "g", labels: ["k"])
        try gauge.set(.infinity, labels: ["k": "inf"])
        try gauge.set(-.infinity, labels: ["k": "neg"])
        try gauge.set(.nan, labels: ["k": "nan"])
        let text = registry.render()
        #expect(text.contains("c_total 5\n"))
        #expect(text.contains("g{k=\"inf\"} +Inf\n"))
        #expect(text.contains("g{k=\"neg\"} -Inf\n"))
        #expect(text.contains("g{k=\"nan\"} NaN\n"))
    }
}
