import Foundation
import Synchronization
import Testing
import TestSupport
@testable import AWSServices

/// The polling engine behind every waiter, driven by a manual clock (no real sleeps).
@Suite struct AsyncOperationWaiterTests {
    private func waiter(_ clock: ManualClock, timeout: Duration = .seconds(60)) -> AsyncOperationWaiter<String> {
        AsyncOperationWaiter(service: "organizations", operation: "CreateAccount", requestId: "car-12345678",
                             clock: clock, policy: WaitPolicy(interval: .seconds(5), timeout: timeout)) { status in
            switch status {
            case "SUCCEEDED": return (.succeeded, status)
            case "FAILED": return (.failed(reason: "EMAIL_ALREADY_EXISTS"), status)
            default: return (.pending, status)
            }
        }
    }

    @Test func neverPollsWhenTheFirstStatusIsTerminal() async throws {
        let clock = ManualClock()
        let polls = Atomic<Int>(0)
        let result = try await waiter(clock).wait(from: "SUCCEEDED") {
            polls.add(1, ordering: .relaxed)
            return "IN_PROGRESS"
        }
        #expect(result == "SUCCEEDED")
        #expect(polls.load(ordering: .relaxed) == 0)
        #expect(clock.sleeps.isEmpty)
    }

    @Test func pollsWhilePendingSleepingTheIntervalBetweenPolls() async throws {
        let clock = ManualClock()
        let polls = Atomic<Int>(0)
        let result = try await waiter(clock).wait(from: "IN_PROGRESS") {
            let count = polls.add(1, ordering: .relaxed).newValue
            return count < 3 ? "IN_PROGRESS" : "SUCCEEDED"
        }
        #expect(result == "SUCCEEDED")
        #expect(polls.load(ordering: .relaxed) == 3)
        #expect(clock.sleeps == [.seconds(5), .seconds(5), .seconds(5)])
    }

    @Test func failureCarriesAWSReason() async throws {
        let clock = ManualClock()
        let error = await #expect(throws: AsyncOperationError.self) {
            _ = try await waiter(clock).wait(from: "IN_PROGRESS") { "FAILED" }
        }
        #expect(error?.code == "AsyncOperationFailed")
        #expect(error?.reason == "EMAIL_ALREADY_EXISTS")
        #expect(error?.message == "organizations CreateAccount request car-12345678 ended failed: EMAIL_ALREADY_EXISTS")
    }

    @Test func givesUpAtTheTimeoutWithTheLastStatus() async throws {
        let clock = ManualClock()
        let error = await #expect(throws: AsyncOperationError.self) {
            _ = try await waiter(clock, timeout: .seconds(12)).wait(from: nil) { "IN_PROGRESS" }
        }
        #expect(error?.code == "WaitTimedOut")
        #expect(error?.status == "IN_PROGRESS")
        #expect(clock.sleeps == [.seconds(5), .seconds(5), .seconds(2)])
    }
}
