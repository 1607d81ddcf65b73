/// The message of one status commit: summary line, body lines, `Orgops-*` trailers, exactly as STATUS.md gives them.
///
/// Built from the document and the pass's events alone, so the same outcome
/// always reads the same; GitClient turns it into a `StatusCommit`.
public struct StatusMessage: Sendable, Hashable {
    /// The first line, as `git log --oneline` shows it.
    public var summary: String
    /// One line per change, drift item, failure or diagnostic.
    public var body: [String]
    /// `Orgops-Organization` … `Orgops-Duration-Ms`, in that order.
    public var trailers: [(key: String, value: String)]

    /// Builds the message of a status commit.
    /// - Parameters:
    ///   - document: the status the commit writes.
    ///   - events: what the pass did and found, in order.
    ///   - duration: how long the pass took, in milliseconds.
    public init(document: StatusDocument, events: [StatusEvent], durationMs: Int) {
        let counts = document.counts
        let revision = String(document.sourceRevision.prefix(7))
        let tail: String
        var body = events.map(\.line)
        switch document.result {
        case .converged, .drifted, .failed:
            tail = "\(counts.applied) applied, \(counts.failed) failed, \(counts.driftLeft) drift left"
        case .pending:
            let held = counts.driftLeft == 1 ? "1 change" : "\(counts.driftLeft) changes"
            tail = "\(held) not applied" + (document.message.map { " (\($0))" } ?? "")
        case .invalid:
            let errors = document.diagnostics.count == 1 ? "1 error" : "\(document.diagnostics.count) errors"
            tail = "\(errors) in manifests"
            body.append(contentsOf: document.diagnostics.map { "x \($0)" })
        case .refused:
            tail = "head commit not signed by a trusted key"
            if let message = document.message { body.append("x \(message)") }
        }
        if document.result == .failed, counts.failed == 0, let message = document.message {
            body.append("x failed: \(message)")
        }
        self.summary = "orgops(\(document.organization)): \(document.result.rawValue) \(revision) — \(tail)"
        self.body = body
        self.trailers = [
            ("Orgops-Organization", document.organization),
            ("Orgops-Source-Revision", document.sourceRevision),
            ("Orgops-Result", document.result.rawValue),
            ("Orgops-Drift-Found", String(counts.driftFound)),
            ("Orgops-Applied", String(counts.applied)),
            ("Orgops-Failed", String(counts.failed)),
            ("Orgops-Drift-Left", String(counts.driftLeft)),
            ("Orgops-Duration-Ms", String(durationMs)),
        ]
    }

    /// The whole message as git stores it (summary, blank line, body, blank line, trailers).
    public var text: String {
        var paragraphs = [summary]
        if !body.isEmpty { paragraphs.append(body.joined(separator: "\n")) }
        paragraphs.append(trailers.map { "\($0.key): \($0.value)" }.joined(separator: "\n"))
        return paragraphs.joined(separator: "\n\n") + "\n"
    }

    public static func == (a: StatusMessage, b: StatusMessage) -> Bool {
        a.summary == b.summary && a.body == b.body && a.trailers.map { "\($0.key)=\($0.value)" } == b.trailers.map { "\($0.key)=\($0.value)" }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(summary)
        hasher.combine(body)
        for trailer in trailers { hasher.combine(trailer.key); hasher.combine(trailer.value) }
    }
}
