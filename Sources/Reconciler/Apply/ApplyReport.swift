import OrgModel

/// What happened to each action of an organization's plan: the summary `apply` prints and the status records.
public struct ApplyReport: Sendable, Equatable {
    /// The organization's manifest name.
    public var organization: String
    /// One result per planned action, in plan order.
    public var results: [ActionResult]
    /// Set when the plan was not run at all (suspended or refused): why.
    public var notRun: String?

    /// Creates a report.
    public init(organization: String, results: [ActionResult], notRun: String? = nil) {
        self.organization = organization
        self.results = results
        self.notRun = notRun
    }

    /// Actions that succeeded.
    public var applied: [ActionResult] { results.filter { if case .applied = $0.status { true } else { false } } }
    /// Actions AWS (or the applier) refused.
    public var failed: [ActionResult] { results.filter { if case .failed = $0.status { true } else { false } } }
    /// Actions not tried because something they depend on failed, or the plan was not run.
    public var skipped: [ActionResult] { results.filter { if case .skipped = $0.status { true } else { false } } }

    /// True when nothing failed (skips caused by suspend or refusal count as not succeeded).
    public var succeeded: Bool { failed.isEmpty && notRun == nil }

    /// `3 applied, 1 failed, 2 skipped`.
    public var summaryLine: String { "\(applied.count) applied, \(failed.count) failed, \(skipped.count) skipped" }

    /// The summary as lines: one per failed or skipped action (with its reason), then the counts.
    public func render() -> [String] {
        var lines = ["Organization \(organization): \(summaryLine)"]
        if let notRun { lines.append("  not applied: \(notRun)") }
        for result in results {
            switch result.status {
            case .applied(let detail):
                lines.append("  ✓ \(result.actionId)" + (detail.map { " (\($0))" } ?? ""))
            case .failed(let reason):
                lines.append("  x \(result.actionId) failed: \(reason)")
            case .skipped(let reason):
                lines.append("  - \(result.actionId) skipped: \(reason)")
            }
        }
        return lines
    }
}

/// The result of one action.
public struct ActionResult: Sendable, Equatable {
    /// The planned action's ID.
    public var actionId: String
    /// What it concerned.
    public var resource: ResourceRef
    /// How it ended.
    public var status: ActionStatus
    /// The ID the applier reported (created or adopted resource).
    public var resourceId: String?

    /// Creates a result.
    public init(actionId: String, resource: ResourceRef, status: ActionStatus, resourceId: String? = nil) {
        self.actionId = actionId
        self.resource = resource
        self.status = status
        self.resourceId = resourceId
    }
}

/// How an action ended.
public enum ActionStatus: Sendable, Equatable {
    /// Done; with the applier's note.
    case applied(detail: String?)
    /// Failed; with AWS's reason (error code and message, never a secret).
    case failed(reason: String)
    /// Not tried; with why.
    case skipped(reason: String)
}
