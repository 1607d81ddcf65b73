import Foundation

/// The content of `status/<organization>.yaml` on the status branch: where one organization stands.
///
/// The file is the current state and the branch history is the audit log, so
/// the document is kept stable: lists sorted, no counters that tick, `time`
/// the only field that moves between two passes with the same outcome. The
/// inventory is what prune may delete, and the differ reads it back as the
/// ownership fallback on passes without tags; `lastAppliedRevision` is how a
/// difference is told to be drift rather than a change.
public struct StatusDocument: Sendable, Equatable {
    /// The `apiVersion` written at the top of the file; a file of another version is refused when read.
    public static let apiVersion = "orgops/v1"
    /// The `kind` written at the top of the file.
    public static let kind = "OrganizationStatus"
    /// How many committed outcomes `history` keeps (the oldest drop off; `git log` has them all).
    public static let historyLimit = 10

    /// The Organization manifest's `metadata.name`.
    public var organization: String
    /// The revision this pass reconciled (or refused), as a full object id.
    public var sourceRevision: String
    /// The last valid revision whose desired state was applied; what drift is measured against.
    public var lastAppliedRevision: String?
    /// When the pass ended.
    public var time: Date
    /// How it ended.
    public var result: ReconcileResult
    /// The pass's counts (the same as the commit's trailers).
    public var counts: StatusCounts
    /// Why the result is what it is, for `failed`, `invalid`, `refused` and `pending`; nil when converged.
    public var message: String?
    /// The validation diagnostics of an `invalid` revision, rendered one per line.
    public var diagnostics: [String]
    /// Ready, Reconciling and Stalled.
    public var conditions: [StatusCondition]
    /// Every resource the pass saw, sorted by kind and name.
    public var resources: [ResourceStatus]
    /// What orgops manages in the organization.
    public var inventory: Inventory
    /// The last committed outcomes, oldest first, this one included once committed.
    public var history: [StatusHistoryEntry]

    /// Creates a document; conditions and resources are sorted so equal outcomes encode equally.
    public init(organization: String, sourceRevision: String, lastAppliedRevision: String?, time: Date,
                result: ReconcileResult, counts: StatusCounts = StatusCounts(), message: String? = nil,
                diagnostics: [String] = [], conditions: [StatusCondition] = [], resources: [ResourceStatus] = [],
                inventory: Inventory? = nil, history: [StatusHistoryEntry] = []) {
        self.organization = organization
        self.sourceRevision = sourceRevision
        self.lastAppliedRevision = lastAppliedRevision
        self.time = time
        self.result = result
        self.counts = counts
        self.message = message
        self.diagnostics = diagnostics
        self.conditions = conditions.sorted()
        self.resources = resources.sorted()
        self.inventory = inventory ?? Inventory(organization: organization, entries: [])
        self.history = history
    }

    /// This document as committed: its own outcome appended to `previous`'s history, capped at `historyLimit`.
    public func committed(after previous: StatusDocument?) -> StatusDocument {
        var document = self
        let entry = StatusHistoryEntry(revision: sourceRevision, result: result, time: time)
        document.history = Array(((previous?.history ?? []) + [entry]).suffix(Self.historyLimit))
        return document
    }

    /// The path of the file on the status branch.
    public static func path(organization: String) -> String { "status/\(organization).yaml" }

    /// The path of this document's file on the status branch.
    public var path: String { Self.path(organization: organization) }

    /// Whether `other` records the same outcome, ignoring what only describes one pass (time, applied, drift found).
    ///
    /// The loop commits when this is false, when the pass did something
    /// (applied, found drift) or when the heartbeat is due; otherwise the log
    /// stays free of commits that say nothing new.
    public func hasSameOutcome(as other: StatusDocument) -> Bool {
        var a = self
        var b = other
        a.time = Date(timeIntervalSince1970: 0)
        b.time = a.time
        a.counts.applied = 0
        b.counts.applied = 0
        a.counts.driftFound = 0
        b.counts.driftFound = 0
        a.history = []
        b.history = []
        return a == b
    }
}

/// The numbers of one pass, as the `Orgops-*` trailers carry them.
public struct StatusCounts: Sendable, Hashable, Codable {
    /// Out-of-band differences found at the start of the pass.
    public var driftFound: Int
    /// Actions that succeeded.
    public var applied: Int
    /// Actions that failed.
    public var failed: Int
    /// Differences still there when the pass ended.
    public var driftLeft: Int

    /// Creates counts.
    public init(driftFound: Int = 0, applied: Int = 0, failed: Int = 0, driftLeft: Int = 0) {
        self.driftFound = driftFound
        self.applied = applied
        self.failed = failed
        self.driftLeft = driftLeft
    }
}
