import Dispatch
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// What a termination signal asks of the operator.
public enum ShutdownRequest: Sendable, Hashable {
    /// The first SIGTERM or SIGINT: stop taking work, finish or checkpoint what runs, push status, exit 0.
    case graceful(signal: Int32)
    /// Any later one: exit now (controller-runtime exits with status 1).
    case immediate(signal: Int32)
}

/// Turns SIGTERM and SIGINT into an `AsyncStream` of shutdown requests.
///
/// A `sigaction` handler writes each signal's number to a pipe (the only
/// async-signal-safe thing to do) and a `DispatchSource` reads the pipe. The
/// obvious `SIG_IGN` + signal-source pairing loses signals on Linux: a
/// signal that lands on a thread not blocking it is discarded when ignored,
/// and Swift's threads do not all block it. With a handler installed the
/// default action (death) is replaced too, which matters as PID 1. The
/// first signal yields `.graceful`, every later one `.immediate`; when the
/// consumer goes away the default actions are restored.
public enum ShutdownSignals {
    /// A stream of shutdown requests for `signals` (SIGTERM and SIGINT unless a test picks others).
    public static func stream(_ signals: [Int32] = [SIGTERM, SIGINT]) -> AsyncStream<ShutdownRequest> {
        let (stream, continuation) = AsyncStream.makeStream(of: ShutdownRequest.self, bufferingPolicy: .unbounded)
        let id = SignalHub.shared.subscribe(Set(signals), continuation: continuation)
        continuation.onTermination = { _ in SignalHub.shared.unsubscribe(id) }
        return stream
    }
}

/// The write end of the signal pipe, read by the handler without locks.
private let signalPipeWriteEnd = Atomic<Int32>(-1)

/// Runs in signal context: one `write(2)` of the signal number, nothing else.
private func forwardSignal(_ number: Int32) {
    var byte = UInt8(truncatingIfNeeded: number)
    _ = write(signalPipeWriteEnd.load(ordering: .relaxed), &byte, 1)
}

/// Owns the pipe, the read source and the subscribers; one per process because signal dispositions are.
private final class SignalHub: Sendable {
    static let shared = SignalHub()

    private struct Subscriber {
        var signals: Set<Int32>
        var received = 0
        var continuation: AsyncStream<ShutdownRequest>.Continuation
    }

    private let subscribers = Mutex<[UUID: Subscriber]>([:])
    private let readEnd: Int32
    private let source: SourceBox

    private init() {
        var ends: [Int32] = [-1, -1]
        _ = pipe(&ends)
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        _ = fcntl(ends[0], F_SETFL, fcntl(ends[0], F_GETFL) | O_NONBLOCK)
        _ = fcntl(ends[1], F_SETFL, fcntl(ends[1], F_GETFL) | O_NONBLOCK)
        readEnd = ends[0]
        signalPipeWriteEnd.store(ends[1], ordering: .relaxed)
        source = SourceBox(DispatchSource.makeReadSource(fileDescriptor: ends[0],
                                                        queue: DispatchQueue(label: "orgops.shutdown-signals")))
        source.source.setEventHandler { [self] in drain() }
        source.source.resume()
    }

    func subscribe(_ signals: Set<Int32>, continuation: AsyncStream<ShutdownRequest>.Continuation) -> UUID {
        let id = UUID()
        subscribers.withLock { $0[id] = Subscriber(signals: signals, continuation: continuation) }
        for number in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { forwardSignal($0) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(SA_RESTART)
            sigaction(number, &action, nil)
        }
        return id
    }

    func unsubscribe(_ id: UUID) {
        let released: Set<Int32> = subscribers.withLock { subscribers in
            guard let gone = subscribers.removeValue(forKey: id) else { return [] }
            let stillWanted = subscribers.values.reduce(into: Set<Int32>()) { $0.formUnion($1.signals) }
            return gone.signals.subtracting(stillWanted)
        }
        for number in released { _ = signal(number, SIG_DFL) }
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            for byte in buffer[0..<count] { deliver(Int32(byte)) }
        }
    }

    private func deliver(_ number: Int32) {
        let requests: [(AsyncStream<ShutdownRequest>.Continuation, ShutdownRequest)] = subscribers.withLock { subscribers in
            var out: [(AsyncStream<ShutdownRequest>.Continuation, ShutdownRequest)] = []
            for (id, var subscriber) in subscribers where subscriber.signals.contains(number) {
                subscriber.received += 1
                subscribers[id] = subscriber
                let request: ShutdownRequest = subscriber.received == 1 ? .graceful(signal: number) : .immediate(signal: number)
                out.append((subscriber.continuation, request))
            }
            return out
        }
        for (continuation, request) in requests { continuation.yield(request) }
    }
}

/// Holds the read source (not `Sendable` itself) for the hub's lifetime.
private final class SourceBox: @unchecked Sendable {
    let source: any DispatchSourceRead
    init(_ source: any DispatchSourceRead) { self.source = source }
}
