import AWSClient
import Testing

@Suite("APICallCounter")
struct APICallCounterTests {
    @Test("snapshot sorted by service and operation; reset forgets")
    func snapshot() {
        let counter = APICallCounter()
        counter.record(service: "sso-admin", operation: "ListInstances", outcome: .ok)
        counter.record(service: "organizations", operation: "ListRoots", outcome: .throttled)
        counter.record(service: "organizations", operation: "ListRoots", outcome: .ok)
        counter.recordRetry(service: "organizations", operation: "ListRoots")
        counter.record(service: "organizations", operation: "CreateAccount", outcome: .error("ConstraintViolationException"))
        let entries = counter.snapshot()
        #expect(entries.map { "\($0.service) \($0.operation)" }
            == ["organizations CreateAccount", "organizations ListRoots", "sso-admin ListInstances"])
        #expect(entries[1] == .init(service: "organizations", operation: "ListRoots",
                                    outcomes: ["ok": 1, "throttled": 1], retries: 1))
        #expect(counter.totalAttempts == 4)
        counter.reset()
        #expect(counter.snapshot().isEmpty)
    }

    @Test("the stats table")
    func table() {
        let counter = APICallCounter()
        counter.record(service: "organizations", operation: "ListRoots", outcome: .throttled)
        counter.record(service: "organizations", operation: "ListRoots", outcome: .ok)
        counter.recordRetry(service: "organizations", operation: "ListRoots")
        counter.record(service: "organizations", operation: "CreateAccount", outcome: .error("ConstraintViolationException"))
        counter.record(service: "cloudformation", operation: "ListStackSets", outcome: .ok)
        #expect(counter.renderTable() == """
            SERVICE         OPERATION      CALLS  OK  THROTTLED  ERRORS  RETRIES
            cloudformation  ListStackSets      1   1          0       0        0
            organizations   CreateAccount      1   0          0       1        0
            organizations   ListRoots          2   1          1       0        1
            total                              4   2          1       1        1

            errors:
              organizations CreateAccount ConstraintViolationException: 1

            """)
    }
}
