import AWSClient
import Foundation
import Synchronization

/// The real transport with a gauge: how many requests of each operation were on the wire at once.
///
/// It measures, it never answers: every request goes to the test server unchanged.
final class GaugedTransport: HTTPTransport {
    private let inner: any HTTPTransport
    private let state = Mutex<(current: [String: Int], peak: [String: Int], authorizations: [String])>(([:], [:], []))

    init(_ inner: any HTTPTransport = URLSessionTransport()) {
        self.inner = inner
    }

    /// The most requests of an operation (`CreateAccountAssignment`) seen in flight together.
    func peak(_ operation: String) -> Int {
        state.withLock { $0.peak[operation] ?? 0 }
    }

    /// The Authorization header of every request sent, in order.
    var authorizations: [String] {
        state.withLock { $0.authorizations }
    }

    func send(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPResponse {
        let operation = request.header("X-Amz-Target").map { String($0.split(separator: ".").last ?? "") } ?? "query"
        state.withLock { gauge in
            gauge.current[operation, default: 0] += 1
            gauge.peak[operation] = max(gauge.peak[operation] ?? 0, gauge.current[operation] ?? 0)
            gauge.authorizations.append(request.header("Authorization") ?? "")
        }
        defer { state.withLock { $0.current[operation, default: 1] -= 1 } }
        return try await inner.send(request, timeout: timeout)
    }
}
