import OperatorSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("Signals: termination signals become shutdown requests")
struct SignalsTests {
    @Test func firstSignalIsGracefulLaterOnesImmediate() async throws {
        // SIGUSR1/SIGUSR2 stand in for SIGTERM/SIGINT so the test runner itself is never at risk.
        let stream = ShutdownSignals.stream([SIGUSR1, SIGUSR2])
        var iterator = stream.makeAsyncIterator()
        kill(getpid(), SIGUSR1)
        #expect(await iterator.next() == .graceful(signal: SIGUSR1))
        kill(getpid(), SIGUSR2)
        #expect(await iterator.next() == .immediate(signal: SIGUSR2))
        kill(getpid(), SIGUSR1)
        #expect(await iterator.next() == .immediate(signal: SIGUSR1))
    }
}
