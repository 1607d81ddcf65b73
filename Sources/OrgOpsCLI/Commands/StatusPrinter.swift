import Foundation
import OrgModel

/// How `orgops status` prints status documents: a line per organization and what is not in sync, or JSON.
enum StatusPrinter {
    /// `acme  converged  3f2a1b9  2026-01-01T00:00:00Z  4 applied, 0 failed, 0 drift left`, then details.
    static func text(_ documents: [StatusDocument]) -> [String] {
        var lines: [String] = []
        for document in documents {
            let counts = document.counts
            lines.append("\(document.organization)  \(document.result.rawValue)  \(document.sourceRevision.prefix(7))  "
                + "\(document.time.formatted(.iso8601))  \(counts.applied) applied, \(counts.failed) failed, \(counts.driftLeft) drift left")
            if let message = document.message { lines.append("  \(message)") }
            for diagnostic in document.diagnostics { lines.append("  x \(diagnostic)") }
            for resource in document.resources where resource.state != .inSync && resource.state != .unmanaged {
                let error = resource.lastError.map { ": \($0)" } ?? ""
                lines.append("  \(resource.state.rawValue) \(resource.kind) \(resource.name)\(error)")
            }
        }
        if documents.isEmpty { lines.append("no status committed yet") }
        return lines
    }

    private struct Entry: Encodable {
        var organization: String
        var result: String
        var sourceRevision: String
        var lastAppliedRevision: String?
        var time: String
        var counts: StatusCounts
        var message: String?
        var diagnostics: [String]
        var resources: [ResourceStatus]
    }

    /// One JSON document: an array of organizations, keys sorted.
    static func json(_ documents: [StatusDocument]) -> String {
        let entries = documents.map {
            Entry(organization: $0.organization, result: $0.result.rawValue, sourceRevision: $0.sourceRevision,
                  lastAppliedRevision: $0.lastAppliedRevision, time: $0.time.formatted(.iso8601), counts: $0.counts,
                  message: $0.message, diagnostics: $0.diagnostics, resources: $0.resources)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(entries) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}
