import Foundation
import OperatorSupport

/// Waits for the `ORGOPS-AWS-READY port=N pid=N` line, or for the reason it never came.
final class ReadyLine: @unchecked Sendable {
    private let lock = NSLock()
    private var stdout: [UInt8] = []
    private var stderr: [UInt8] = []
    private var outcome: Result<Int, AWSBackendError>?
    private var waiter: CheckedContinuation<Int, any Error>?

    func feed(_ stream: ProcessStream, _ bytes: [UInt8]) {
        let found: Int? = lock.withLock {
            switch stream {
            case .standardError:
                stderr.append(contentsOf: bytes)
                if stderr.count > 16_384 { stderr.removeFirst(stderr.count - 16_384) }
                return nil
            case .standardOutput:
                guard outcome == nil else { return nil }
                stdout.append(contentsOf: bytes)
                // Only whole lines count: a chunk may end inside the port number.
                guard let end = stdout.lastIndex(of: UInt8(ascii: "\n")) else { return nil }
                let text = String(decoding: stdout[..<end], as: UTF8.self)
                guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("ORGOPS-AWS-READY ") }),
                      let field = line.split(separator: " ").first(where: { $0.hasPrefix("port=") }),
                      let port = Int(field.dropFirst(5)) else { return nil }
                return port
            }
        }
        if let found { settle(.success(found)) }
    }

    func exited(_ termination: ProcessTermination) {
        let tail = lock.withLock { String(decoding: stderr, as: UTF8.self) }
            .trimmingCharacters(in: .whitespacesAndNewlines).suffix(1_500)
        settle(.failure(.startFailed("the server ended with \(termination) before it was ready: \(tail)")))
    }

    func timedOut(_ limit: Duration) {
        settle(.failure(.startFailed("the server printed no ready line within \(limit)")))
    }

    func port() async throws -> Int {
        try await withCheckedThrowingContinuation { continuation in
            let done: Result<Int, AWSBackendError>? = lock.withLock {
                if outcome == nil { waiter = continuation }
                return outcome
            }
            if let done { continuation.resume(with: done) }
        }
    }

    private func settle(_ result: Result<Int, AWSBackendError>) {
        let waiting: CheckedContinuation<Int, any Error>? = lock.withLock {
            guard outcome == nil else { return nil }
            outcome = result
            defer { waiter = nil }
            return waiter
        }
        waiting?.resume(with: result)
    }
}

/// Every server this process started and has not stopped, killed by PID when the process exits.
final class LiveServers: @unchecked Sendable {
    static let shared = LiveServers()
    private let lock = NSLock()
    private var children: [Int32: RunningProcess] = [:]
    private var hooked = false

    func add(_ child: RunningProcess) {
        let install: Bool = lock.withLock {
            children[child.pid] = child
            defer { hooked = true }
            return !hooked
        }
        if install { atexit { LiveServers.shared.killAll() } }
    }

    func remove(_ child: RunningProcess) {
        _ = lock.withLock { children.removeValue(forKey: child.pid) }
    }

    func killAll() {
        let all = lock.withLock { Array(children.values) }
        for child in all { child.killNow() }
    }
}
