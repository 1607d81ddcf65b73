import AWSClient
import Synchronization
import Testing
import TestSupport

@Suite("Waiter")
struct WaiterTests {
    @Test("an already terminal status returns without sleeping")
    func immediate() async throws {
        let clock = ManualClock()
        let value = try await Waiter(clock: clock).wait(for: "CreateAccount car-1") { WaitStatus.succeeded("111111111111") }
        #expect(value == "111111111111")
        #expect(clock.sleeps.isEmpty)
    }

    @Test("polls while pending, growing the interval up to its cap")
    func polling() async throws {
        let clock = ManualClock()
        let polls = Mutex(0)
        let waiter = Waiter(clock: clock, interval: .seconds(1), backoffFactor: 2, maxInterval: .seconds(4),
                            timeout: .seconds(600))
        let value = try await waiter.wait(for: "provisioning") { () -> WaitStatus<Int> in
            let count = polls.withLock { $0 += 1; return $0 }
            return count < 6 ? .pending("IN_PROGRESS") : .succeeded(count)
        }
        #expect(value == 6)
        #expect(clock.sleeps == [.seconds(1), .seconds(2), .seconds(4), .seconds(4), .seconds(4)])
    }

    @Test("failed surfaces AWS's reason")
    func failed() async throws {
        let error = await #expect(throws: WaitError.self) {
            _ = try await Waiter(clock: ManualClock()).wait(for: "CreateAccount car-2 for 'workloads'") {
                WaitStatus<String>.failed("EMAIL_ALREADY_EXISTS")
            }
        }
        #expect(error?.kind == .failed)
        #expect(error?.code == "WaitFailed")
        #expect(error?.description == "CreateAccount car-2 for 'workloads' failed: EMAIL_ALREADY_EXISTS")
    }

    @Test("the total wait is bounded, with a last poll at the deadline, and the error names what was awaited")
    func timeout() async throws {
        let clock = ManualClock()
        let start = clock.now()
        let waiter = Waiter(clock: clock, interval: .seconds(10), backoffFactor: 1, timeout: .seconds(25))
        let error = await #expect(throws: WaitError.self) {
            _ = try await waiter.wait(for: "StackSet operation op-1") { WaitStatus<Int>.pending("RUNNING") }
        }
        #expect(clock.sleeps == [.seconds(10), .seconds(10), .seconds(5)])
        #expect(clock.elapsed(since: start) == 25)
        #expect(error?.kind == .timedOut)
        #expect(error?.polls == 4)
        #expect(error?.description == "gave up waiting for StackSet operation op-1 after 25 s and 4 polls; last status: RUNNING")
    }

    @Test("with a manual clock the waiter sleeps until the test advances time")
    func manualAdvance() async throws {
        let clock = ManualClock(autoAdvance: false)
        let polls = Mutex(0)
        let task = Task {
            try await Waiter(clock: clock, interval: .seconds(5), backoffFactor: 1).wait(for: "x") { () -> WaitStatus<Int> in
                let count = polls.withLock { $0 += 1; return $0 }
                return count < 2 ? .pending(nil) : .succeeded(count)
            }
        }
        while clock.pendingSleepers == 0 { await Task.yield() }
        #expect(polls.withLock { $0 } == 1)
        clock.advance(by: .seconds(5))
        #expect(try await task.value == 2)
    }

    @Test("cancelling a waiting task ends its sleep with CancellationError")
    func cancelled() async throws {
        let clock = ManualClock(autoAdvance: false)
        let task = Task {
            try await Waiter(clock: clock, interval: .seconds(5)).wait(for: "x") { WaitStatus<Int>.pending(nil) }
        }
        while clock.pendingSleepers == 0 { await Task.yield() }
        task.cancel()
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        #expect(clock.pendingSleepers == 0)
    }
}
