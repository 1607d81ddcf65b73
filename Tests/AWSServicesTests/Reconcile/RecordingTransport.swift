import AWSClient
import Foundation
import Synchronization

/// Passes requests on and records, in order, each Organizations call and whether its answer said SUCCEEDED.
final class RecordingTransport: HTTPTransport {
    struct Event: Sendable, Equatable {
        var operation: String
        var succeeded: Bool
    }

    private let inner: any HTTPTransport
    private let events = Mutex<[Event]>([])

    init(_ inner: any HTTPTransport = URLSessionTransport()) {
        self.inner = inner
    }

    /// Every call so far.
    var recorded: [Event] { events.withLock { $0 } }

    /// How many calls of `operation` went out.
    func count(_ operation: String) -> Int { recorded.filter { $0.operation == operation }.count }

    /// The most account requests open at once: CreateAccount sent, its SUCCEEDED status not yet seen.
    var peakOpenRequests: Int {
        var open = 0
        var peak = 0
        for event in recorded {
            if event.operation == "CreateAccount" {
                open += 1
                peak = max(peak, open)
            } else if event.operation == "DescribeCreateAccountStatus", event.succeeded {
                open -= 1
            }
        }
        return peak
    }

    func send(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPResponse {
        let target = request.header("X-Amz-Target") ?? ""
        let operation = target.split(separator: ".").last.map(String.init) ?? ""
        if operation == "CreateAccount" { events.withLock { $0.append(Event(operation: operation, succeeded: false)) } }
        let response = try await inner.send(request, timeout: timeout)
        if operation != "CreateAccount", !operation.isEmpty {
            let body = String(decoding: response.body, as: UTF8.self)
            events.withLock { $0.append(Event(operation: operation, succeeded: body.contains("\"SUCCEEDED\""))) }
        }
        return response
    }
}
