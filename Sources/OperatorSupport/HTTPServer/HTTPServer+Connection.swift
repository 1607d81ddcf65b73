import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension HTTPServer {
    /// Accepts until the listener is shut down by `stop`.
    func acceptLoop(_ descriptor: Int32) {
        while true {
            let client = accept(descriptor, nil, nil)
            if client < 0 {
                if errno == EINTR || errno == ECONNABORTED { continue }
                let stopped = lock.withLock { stopping }
                if !stopped { logger.error("http server stopped accepting", ["error": SocketListener.lastError()]) }
                return
            }
            let admitted: Bool = lock.withLock {
                guard !stopping, connections.count < limits.maxConnections else { return false }
                connections[client] = false
                return true
            }
            guard admitted else {
                let response = HTTPServerResponse.text("the server is busy or shutting down; retry\n", status: 503)
                Self.send(client, Self.encode(response, keepAlive: false, includeBody: true))
                close(client)
                continue
            }
            _ = fcntl(client, F_SETFD, FD_CLOEXEC)
            SocketListener.setTimeout(client, option: SO_RCVTIMEO, limits.readTimeout)
            SocketListener.setTimeout(client, option: SO_SNDTIMEO, limits.writeTimeout)
            let thread = Thread { [self] in serve(client) }
            thread.name = "orgops-http-connection"
            thread.start()
        }
    }

    /// Reads requests from one connection and answers them until it closes, times out, or the server stops.
    func serve(_ descriptor: Int32) {
        defer { finish(descriptor) }
        let parser = HTTPRequestParser(limits: limits)
        var buffer: [UInt8] = []
        var served = 0
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            switch parser.parse(buffer) {
            case .refuse(let status, let reason):
                let response = HTTPServerResponse.text(reason + "\n", status: status)
                Self.send(descriptor, Self.encode(response, keepAlive: false, includeBody: true))
                return
            case .request(let request, let consumed):
                buffer.removeFirst(consumed)
                served += 1
                lock.withLock { connections[descriptor] = true }
                let response = respond(to: request)
                // Decided after the handler ran, so a request that was in flight when `stop` began closes its connection.
                let stillOpen = lock.withLock { !stopping }
                let keepAlive = request.keepAlive && stillOpen && served < limits.maxRequestsPerConnection
                let sent = Self.send(descriptor, Self.encode(response, keepAlive: keepAlive, includeBody: request.method != "HEAD"))
                let open = lock.withLock { () -> Bool in
                    connections[descriptor] = false
                    return !stopping
                }
                guard sent, keepAlive, open else { return }
            case .needMore:
                let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
                if count > 0 {
                    buffer.append(contentsOf: chunk[0..<count])
                } else if count < 0 && errno == EINTR {
                    continue
                } else {
                    if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && !buffer.isEmpty {
                        let response = HTTPServerResponse.text("the request was not received in time\n", status: 408)
                        Self.send(descriptor, Self.encode(response, keepAlive: false, includeBody: true))
                    }
                    return
                }
            }
        }
    }

    /// Runs the route's async handler on this connection thread and waits for its answer.
    func respond(to request: HTTPServerRequest) -> HTTPServerResponse {
        let (found, allowed) = handler(for: request)
        guard let handler = found else {
            if allowed.isEmpty { return .text("no route for '\(request.path)'\n", status: 404) }
            var response = HTTPServerResponse.text("method \(request.method) is not allowed on '\(request.path)'\n", status: 405)
            response.headers["Allow"] = allowed.joined(separator: ", ")
            return response
        }
        let box = ResponseBox()
        let done = DispatchSemaphore(value: 0)
        Task {
            box.set(await handler(request))
            done.signal()
        }
        done.wait()
        return box.get() ?? .text("the handler produced no response\n", status: 500)
    }

    /// Forgets and closes a connection, waking `stop` when it was the last.
    func finish(_ descriptor: Int32) {
        let waiters: [CheckedContinuation<Void, Never>] = lock.withLock {
            connections.removeValue(forKey: descriptor)
            close(descriptor)
            guard connections.isEmpty else { return [] }
            let woken = Array(drainWaiters.values)
            drainWaiters = [:]
            return woken
        }
        for waiter in waiters { waiter.resume() }
    }

    /// The bytes of a response with `Content-Length` and `Connection` set.
    static func encode(_ response: HTTPServerResponse, keepAlive: Bool, includeBody: Bool) -> [UInt8] {
        var head = "HTTP/1.1 \(response.status) \(HTTPServerResponse.reason(response.status))\r\n"
        var headers = response.headers.filter {
            !["content-length", "connection", "transfer-encoding"].contains($0.key.lowercased())
        }
        headers["Content-Length"] = String(response.body.count)
        headers["Connection"] = keepAlive ? "keep-alive" : "close"
        for key in headers.keys.sorted() {
            let value = (headers[key] ?? "").filter { $0 != "\r" && $0 != "\n" }
            head += "\(key): \(value)\r\n"
        }
        head += "\r\n"
        return Array(head.utf8) + (includeBody ? response.body : [])
    }

    /// Writes all of `bytes`; false when the peer is gone or the write timed out. Never raises SIGPIPE.
    @discardableResult
    static func send(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return false
            }
        }
        return true
    }
}

/// Carries a handler's response from its task back to the connection thread.
private final class ResponseBox: @unchecked Sendable {
    private let lock = NSLock()
    private var response: HTTPServerResponse?

    func set(_ value: HTTPServerResponse) { lock.withLock { response = value } }
    func get() -> HTTPServerResponse? { lock.withLock { response } }
}
