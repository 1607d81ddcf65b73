import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization

/// The real `HTTPTransport`: one URLSession shared by every call of a process.
///
/// The session is ephemeral (no cookies, no caches, no stored credentials) and
/// never follows redirects, because a signed AWS request must reach exactly the
/// endpoint it was signed for and a 3xx is an answer the client has to see.
/// Connections are kept alive and reused by the session, which is what lets the
/// client sustain a high call rate against one endpoint. The transport never
/// retries: that is `RetryPolicy`'s job one level up.
///
/// Reuse matters for CPU as much as for latency. FoundationNetworking keeps the
/// write-readiness source it registered while connecting after libcurl switches
/// the socket to read-only, so until the response of the first exchange on a new
/// connection arrives that source fires continuously: about 28 ms of CPU per call
/// at 60 ms server latency, against about 1 ms on a kept-alive connection
/// (docs/performance.md). AWS endpoints keep connections alive; a server that
/// closes every one (werkzeug, the local test server) pays this on every call.
public final class URLSessionTransport: HTTPTransport {
    private let session: URLSession

    /// Creates a transport.
    ///
    /// - Parameter maxConnectionsPerHost: how many parallel keep-alive
    ///   connections one endpoint may get; the client's own in-flight limits
    ///   normally keep the real number far lower.
    public init(maxConnectionsPerHost: Int = 16) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieAcceptPolicy = .never
        configuration.httpShouldSetCookies = false
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCredentialStorage = nil
        configuration.httpMaximumConnectionsPerHost = maxConnectionsPerHost
        self.session = URLSession(configuration: configuration, delegate: NoRedirectDelegate(), delegateQueue: nil)
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    /// Sends the request; the whole exchange is cut off after `timeout`.
    public func send(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPResponse {
        let urlRequest = Self.urlRequest(for: request, timeout: timeout)
        let state = Mutex(ExchangeState())
        let url = request.url.absoluteString
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, any Error>) in
                let task = session.dataTask(with: urlRequest) { data, response, error in
                    let timedOut = state.withLock { $0.timedOut }
                    continuation.resume(with: Self.outcome(data: data, response: response, error: error,
                                                           timedOut: timedOut, url: url))
                }
                let cancelledEarly = state.withLock { state -> Bool in
                    state.task = task
                    return state.cancelled
                }
                if cancelledEarly { task.cancel() } else { task.resume() }
                let deadline = DispatchTime.now() + .nanoseconds(Int(Self.seconds(timeout) * 1e9))
                DispatchQueue.global().asyncAfter(deadline: deadline) {
                    let running = state.withLock { state -> URLSessionDataTask? in
                        state.timedOut = true
                        return state.task
                    }
                    if let running, running.state == .running { running.cancel() }
                }
            }
        } onCancel: {
            let task = state.withLock { state -> URLSessionDataTask? in
                state.cancelled = true
                return state.task
            }
            task?.cancel()
        }
    }

    /// Turns the value request into a `URLRequest`, leaving `Host` and
    /// `Content-Length` to the session, which derives them from the URL and body.
    static func urlRequest(for request: HTTPRequest, timeout: Duration) -> URLRequest {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        urlRequest.timeoutInterval = seconds(timeout)
        urlRequest.cachePolicy = .reloadIgnoringLocalCacheData
        urlRequest.httpShouldHandleCookies = false
        for (name, value) in request.headers {
            let lower = name.lowercased()
            if lower == "host" || lower == "content-length" { continue }
            urlRequest.setValue(value, forHTTPHeaderField: name)
        }
        if !request.body.isEmpty {
            urlRequest.httpBody = Data(request.body)
        }
        return urlRequest
    }

    /// Classifies what the session handed back.
    static func outcome(data: Data?, response: URLResponse?, error: (any Error)?, timedOut: Bool,
                        url: String) -> Result<HTTPResponse, any Error> {
        if let error {
            return .failure(transportError(error, timedOut: timedOut, url: url))
        }
        guard let http = response as? HTTPURLResponse else {
            return .failure(HTTPTransportError(kind: .other, detail: "the response was not HTTP", url: url))
        }
        var headers: [(name: String, value: String)] = []
        for (key, value) in http.allHeaderFields {
            headers.append((name: "\(key)", value: "\(value)"))
        }
        headers.sort { $0.name.lowercased() < $1.name.lowercased() }
        return .success(HTTPResponse(status: http.statusCode, headers: headers, body: [UInt8](data ?? Data())))
    }

    /// Maps `URLError` codes onto the transport's four kinds.
    static func transportError(_ error: any Error, timedOut: Bool, url: String) -> any Error {
        guard let urlError = error as? URLError else {
            return HTTPTransportError(kind: .other, detail: "\(error)", url: url)
        }
        let detail = "\(urlError.localizedDescription) (URLError \(urlError.code.rawValue))"
        switch urlError.code {
        case .cancelled:
            if timedOut { return HTTPTransportError(kind: .timeout, detail: "no complete response in time", url: url) }
            return CancellationError()
        case .timedOut:
            return HTTPTransportError(kind: .timeout, detail: detail, url: url)
        case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet,
             .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
             .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            return HTTPTransportError(kind: .connect, detail: detail, url: url)
        case .networkConnectionLost, .badServerResponse, .zeroByteResource, .cannotParseResponse:
            return HTTPTransportError(kind: .connectionLost, detail: detail, url: url)
        default:
            return HTTPTransportError(kind: .other, detail: detail, url: url)
        }
    }

    /// A timeout in seconds, kept between 1 ms and one day so the deadline arithmetic cannot overflow.
    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        let seconds = Double(parts.seconds) + Double(parts.attoseconds) / 1e18
        return min(max(seconds, 0.001), 86_400)
    }
}

/// What one exchange's callbacks share: the task once created, and whether it
/// was cancelled by the caller or by the deadline.
private struct ExchangeState: ~Copyable {
    var task: URLSessionDataTask?
    var cancelled = false
    var timedOut = false
}

/// Refuses every redirect so that the 3xx response itself reaches the client.
///
/// Stateless, hence safe to share; `@unchecked` only because `NSObject` is not
/// declared `Sendable`.
private final class NoRedirectDelegate: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}
