import AWSClient
import OperatorSupport

/// Exposes the AWS client's call counter as the Prometheus series `MetricNames` names for AWS calls.
///
/// The counter already holds every attempt by service, operation and outcome
/// (for `--stats`); `/metrics` renders it at scrape time rather than keeping a
/// second count that could disagree.
enum RunAPICallMetrics {
    /// The two families, `orgops_aws_api_calls_total` and `orgops_aws_throttles_total`, in exposition format.
    static func render(_ calls: APICallCounter) -> String {
        let entries = calls.snapshot().sorted { ($0.service, $0.operation) < ($1.service, $1.operation) }
        var lines = [
            "# HELP \(MetricNames.awsAPICallsTotal) AWS API call attempts by service, operation and outcome.",
            "# TYPE \(MetricNames.awsAPICallsTotal) counter",
        ]
        var throttles: [String: Int] = [:]
        for entry in entries {
            for (key, count) in entry.outcomes.sorted(by: { $0.key < $1.key }) {
                let outcome = key == "ok" ? "success" : key == "throttled" ? "throttled" : "error"
                lines.append("\(MetricNames.awsAPICallsTotal){service=\"\(escape(entry.service))\",operation=\"\(escape(entry.operation))\",outcome=\"\(outcome)\"} \(count)")
                if key == "throttled" { throttles[entry.service, default: 0] += count }
            }
        }
        lines.append("# HELP \(MetricNames.awsThrottlesTotal) Throttling responses from AWS by service.")
        lines.append("# TYPE \(MetricNames.awsThrottlesTotal) counter")
        for (service, count) in throttles.sorted(by: { $0.key < $1.key }) {
            lines.append("\(MetricNames.awsThrottlesTotal){service=\"\(escape(service))\"} \(count)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }
}
