import Foundation
import OrgModel
import TestSupport
import Testing

@Suite struct StatusDocumentTests {
    static let revision = "3f2a1b9c0d4e5f60718293a4b5c6d7e8f9012345"
    static let earlier = "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567"
    static let time = Date(timeIntervalSince1970: 1_767_225_600)

    static func document(_ result: ReconcileResult) -> StatusDocument {
        let inventory = Inventory(organization: "workloads", entries: [
            InventoryEntry(kind: .policy, name: "deny-delete", awsId: "p-0123abcd", digest: "d2"),
            InventoryEntry(kind: .account, name: "shop-prod", awsId: "012345678901", digest: "d1", onRemoval: "close"),
        ])
        var document = StatusDocument(
            organization: "workloads", sourceRevision: revision, lastAppliedRevision: earlier, time: time, result: result,
            counts: StatusCounts(driftFound: 1, applied: 4, failed: 0, driftLeft: 0),
            conditions: [
                StatusCondition(type: .stalled, status: false, reason: "ReconciliationSucceeded", message: "not stalled"),
                StatusCondition(type: .ready, status: true, reason: "ReconciliationSucceeded", message: "applied revision 3f2a1b9"),
            ],
            resources: [
                ResourceStatus(kind: "policy", name: "deny-delete", awsId: "p-0123abcd", state: .inSync),
                ResourceStatus(kind: "account", name: "shop-prod", awsId: "012345678901", state: .inSync),
                ResourceStatus(kind: "account", name: "legacy", awsId: "222222222222", state: .unmanaged),
            ],
            inventory: inventory)
        switch result {
        case .converged:
            document.history = [StatusHistoryEntry(revision: earlier, result: .invalid, time: time.addingTimeInterval(-600))]
            document = document.committed(after: document)
        case .pending:
            document.counts = StatusCounts(driftLeft: 3)
            document.message = "observe mode"
        case .drifted:
            document.counts = StatusCounts(driftFound: 2, applied: 1, failed: 0, driftLeft: 1)
            document.resources[0].state = .drifted
        case .failed:
            document.counts = StatusCounts(driftFound: 0, applied: 3, failed: 1, driftLeft: 1)
            document.resources[1].state = .failed
            document.resources[1].lastError = "ConstraintViolationException: account limit reached"
        case .invalid:
            document.counts = StatusCounts()
            document.message = "revision 3f2a1b9 failed validation; revision 0a1b2c3 stays in force"
            document.diagnostics = ["accounts.yaml:4:3: unknown field 'emial' [unknown-field]",
                                    "org.yaml:9:7: organizational unit '/Nope' is not declared [unknown-ou]"]
        case .refused:
            document.counts = StatusCounts()
            document.message = "commit 3f2a1b9 is signed by 'mallory@example.com', which is not a trusted key"
        }
        return document
    }

    static func events(_ result: ReconcileResult) -> [StatusEvent] {
        switch result {
        case .converged:
            [StatusEvent(kind: .drift, text: "policy deny-delete: content"),
             StatusEvent(kind: .create, text: "create account shop-prod"),
             StatusEvent(kind: .update, text: "update policy deny-delete"),
             StatusEvent(kind: .update, text: "attach policy deny-delete → /Workloads"),
             StatusEvent(kind: .delete, text: "delete organizational-unit /Sandbox")]
        case .failed:
            [StatusEvent(kind: .failed, text: "create account shop-prod: ConstraintViolationException: account limit reached")]
        case .drifted:
            [StatusEvent(kind: .drift, text: "policy deny-delete: content")]
        default: []
        }
    }

    @Test(arguments: ReconcileResult.allCases)
    func yamlAndMessageSnapshots(_ result: ReconcileResult) throws {
        let document = Self.document(result)
        assertSnapshot(document.yaml(), named: "\(result.rawValue).yaml")
        let message = StatusMessage(document: document, events: Self.events(result), durationMs: 5123)
        assertSnapshot(message.text, named: "\(result.rawValue)-message")
    }

    @Test(arguments: ReconcileResult.allCases)
    func yamlReadsBackToTheSameDocument(_ result: ReconcileResult) throws {
        let document = Self.document(result)
        let parsed = try StatusDocument(yaml: document.yaml())
        #expect(parsed == document)
        #expect(parsed.yaml() == document.yaml())
    }

    @Test func summaryLinesAreThoseOfTheContract() {
        let converged = StatusMessage(document: Self.document(.converged), events: [], durationMs: 1)
        #expect(converged.summary == "orgops(workloads): converged 3f2a1b9 — 4 applied, 0 failed, 0 drift left")
        let invalid = StatusMessage(document: Self.document(.invalid), events: [], durationMs: 1)
        #expect(invalid.summary == "orgops(workloads): invalid 3f2a1b9 — 2 errors in manifests")
        let refused = StatusMessage(document: Self.document(.refused), events: [], durationMs: 1)
        #expect(refused.summary == "orgops(workloads): refused 3f2a1b9 — head commit not signed by a trusted key")
        #expect(refused.trailers.map(\.key) == ["Orgops-Organization", "Orgops-Source-Revision", "Orgops-Result",
                                                "Orgops-Drift-Found", "Orgops-Applied", "Orgops-Failed",
                                                "Orgops-Drift-Left", "Orgops-Duration-Ms"])
    }

    @Test func sameOutcomeIgnoresTimeAndPerPassCountsOnly() {
        let first = Self.document(.converged)
        var later = first
        later.time = first.time.addingTimeInterval(600)
        later.counts.applied = 0
        later.counts.driftFound = 0
        #expect(later.hasSameOutcome(as: first))
        var drifted = later
        drifted.counts.driftLeft = 1
        #expect(!drifted.hasSameOutcome(as: first))
        var moved = later
        moved.sourceRevision = Self.earlier
        #expect(!moved.hasSameOutcome(as: first))
    }

    @Test func historyKeepsTheLastCommittedOutcomes() {
        var document = Self.document(.converged)
        for index in 0..<(StatusDocument.historyLimit + 3) {
            document.time = Self.time.addingTimeInterval(Double(index))
            document = document.committed(after: document)
        }
        #expect(document.history.count == StatusDocument.historyLimit)
        #expect(document.history.last?.time == document.time)
        var other = document
        other.history = []
        #expect(other.hasSameOutcome(as: document), "history is not part of the outcome")
    }

    @Test func unreadableFilesNameTheField() {
        #expect(throws: StatusDocumentError.self) { try StatusDocument(yaml: "- not a mapping\n") }
        let wrongResult = Self.document(.converged).yaml().replacingOccurrences(of: "result: converged", with: "result: great")
        do {
            _ = try StatusDocument(yaml: wrongResult)
            Issue.record("an unknown result was accepted")
        } catch {
            #expect(error.code == "status-bad-value")
            #expect(error.message.contains("'great'"))
        }
    }
}
