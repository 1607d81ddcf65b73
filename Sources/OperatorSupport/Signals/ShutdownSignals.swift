import Dispatch
import Foundation
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
/// The signals' default action (death) is replaced by `SIG_IGN` and they are
/// observed with `DispatchSource`, so the operator decides what happens,
/// including when it runs as PID 1. The first signal yields `.graceful`,
/// every later one `.immediate`. When the stream's consumer goes away, the
/// sources are cancelled and the default actions restored.
public enum ShutdownSignals {
    /// A stream of shutdown requests for `signals` (SIGTERM and SIGINT unless a test picks others).
    public static func stream(_ signals: [Int32] = [SIGTERM, SIGINT]) -> AsyncStream<ShutdownRequest> {
        let (stream, continuation) = AsyncStream.makeStream(of: ShutdownRequest.self, bufferingPolicy: .unbounded)
        let queue = DispatchQueue(label: "orgops.shutdown-signals")
        let counter = SignalCounter()
        var sources: [any DispatchSourceSignal] = []
        for number in signals {
            _ = Glibc.signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                let request: ShutdownRequest = counter.next() == 1 ? .graceful(signal: number) : .immediate(signal: number)
                continuation.yield(request)
            }
            source.resume()
            sources.append(source)
        }
        let held = SourceHolder(sources: sources)
        continuation.onTermination = { _ in
            held.cancel()
            for number in signals { _ = Glibc.signal(number, SIG_DFL) }
        }
        return stream
    }
}

/// Counts signals across all sources, so a SIGINT after a SIGTERM is the "second" one.
private final class SignalCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func next() -> Int {
        lock.withLock {
            count += 1
            return count
        }
    }
}

/// Keeps the dispatch sources alive for as long as the stream is.
private final class SourceHolder: @unchecked Sendable {
    private let lock = NSLock()
    private var sources: [any DispatchSourceSignal]

    init(sources: [any DispatchSourceSignal]) {
        self.sources = sources
    }

    func cancel() {
        let cancelled = lock.withLock {
            defer { sources = [] }
            return sources
        }
        for source in cancelled { source.cancel() }
    }
}
