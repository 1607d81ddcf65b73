/// One fault rule for the AWS API server (`POST /orgops-test/faults`).
///
/// Rules match by service (the SigV4 signing name: `organizations`, `sso`,
/// `identitystore`, `cloudformation`, `sts`, `iam`) and/or operation, fire on
/// a `share` of matching requests (seeded, so runs repeat) and at most
/// `count` times. See `Tests/AWSBackend/orgops_aws/faults.py`.
public struct AWSBackendFault: Sendable, Equatable {
    /// What the rule does to a matching request.
    public enum Kind: Sendable, Equatable {
        /// The service's real throttling error (Organizations `TooManyRequestsException`,
        /// SSO/Identity Store `ThrottlingException`, query services `Throttling`), HTTP 400.
        case throttle
        /// An HTTP 5xx in the service's error shape.
        case serverError(status: Int)
        /// The connection is closed without a response.
        case drop
        /// The request is served after this many extra milliseconds.
        case latency(milliseconds: Int)
        /// The asynchronous operation started by the matched operation stays `IN_PROGRESS` for
        /// `polls` status reads and `seconds`, then ends `SUCCEEDED`, or `FAILED` with `reason`;
        /// for StackSets `accounts` limits the failure to those accounts.
        case asynchronous(polls: Int, seconds: Double, failure: String?, accounts: [String])
    }

    /// What the rule does.
    public var kind: Kind
    /// Signing name of the service to match; `nil` matches every service.
    public var service: String?
    /// Operation name to match, such as `ListAccounts`; `nil` matches every operation.
    public var operation: String?
    /// Share of matching requests that get the fault, 0...1.
    public var share: Double
    /// How many times the rule fires at most; `nil` is unlimited.
    public var count: Int?

    /// Creates a rule.
    public init(_ kind: Kind, service: String? = nil, operation: String? = nil, share: Double = 1, count: Int? = nil) {
        self.kind = kind
        self.service = service
        self.operation = operation
        self.share = share
        self.count = count
    }

    /// The JSON object the server reads.
    var json: [String: Any] {
        var out: [String: Any] = ["share": share]
        if let service { out["service"] = service }
        if let operation { out["operation"] = operation }
        if let count { out["count"] = count }
        switch kind {
        case .throttle:
            out["kind"] = "throttle"
        case .serverError(let status):
            out["kind"] = "error"
            out["status"] = status
        case .drop:
            out["kind"] = "drop"
        case .latency(let milliseconds):
            out["kind"] = "latency"
            out["ms"] = milliseconds
        case .asynchronous(let polls, let seconds, let failure, let accounts):
            out["kind"] = "async"
            out["polls"] = polls
            out["seconds"] = seconds
            out["outcome"] = failure == nil ? "SUCCEEDED" : "FAILED"
            if let failure { out["reason"] = failure }
            if !accounts.isEmpty { out["accounts"] = accounts }
        }
        return out
    }
}
