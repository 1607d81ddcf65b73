import AWSClient
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// A real HTTP/1.1 server on 127.0.0.1 with scripted replies, for testing the client's wire handling.
///
/// It listens on a free port, keeps connections alive, records every
/// request it receives, and answers each with what the test's handler
/// decides — a response, a delayed response, or a dropped connection. It
/// knows nothing about AWS: service behaviour is tested against moto; this
/// server only proves what the client puts on the wire and how it copes
/// with what comes back.
public final class LoopbackHTTPServer: Sendable {
    /// What the server does with one request.
    public enum Reply: Sendable {
        /// Sends this response.
        case respond(HTTPResponse)
        /// Waits (real time) and then sends the response; for transport timeouts.
        case respondAfter(seconds: Double, HTTPResponse)
        /// Closes the connection without answering.
        case dropConnection
    }

    /// Decides the reply to the `index`-th request (0-based, across all connections).
    public typealias Handler = @Sendable (_ request: LoopbackRecordedRequest, _ index: Int) -> Reply

    struct State {
        var requests: [LoopbackRecordedRequest] = []
        var connections: Set<Int32> = []
        var acceptedConnections = 0
        var stopped = false
    }

    /// The port the server listens on.
    public let port: UInt16
    let listener: Int32
    let handler: Handler
    let state = Mutex(State())

    /// Starts a server answering every request through `handler`.
    public init(handler: @escaping Handler) throws {
        self.handler = handler
        let (fd, port) = try Self.listen()
        self.listener = fd
        self.port = port
        let thread = Thread { [self] in self.acceptLoop() }
        thread.start()
    }

    /// Starts a server that answers the requests in order from `script`, then with `fallback`.
    public convenience init(script: [Reply], fallback: Reply = .respond(HTTPResponse(status: 500))) throws {
        try self.init { _, index in index < script.count ? script[index] : fallback }
    }

    deinit {
        stop()
    }

    /// `http://127.0.0.1:<port>/`.
    public var baseURL: URL {
        URL(string: "http://127.0.0.1:\(port)/") ?? URL(fileURLWithPath: "/")
    }

    /// Every request received so far, in arrival order.
    public var requests: [LoopbackRecordedRequest] {
        state.withLock { $0.requests }
    }

    /// How many TCP connections were accepted so far; with keep-alive this stays below the request count.
    public var acceptedConnections: Int {
        state.withLock { $0.acceptedConnections }
    }

    /// Stops listening and closes every open connection.
    ///
    /// Connections are shut down under the lock that their threads close them under, and the
    /// listener is only shut down here (its accept thread closes it once `accept` fails), so no
    /// descriptor number is ever used after it was closed and handed to another socket of the
    /// process — another test's connection or listener, which then broke at random.
    public func stop() {
        state.withLock { state in
            if state.stopped { return }
            state.stopped = true
            for fd in state.connections {
                _ = Glibc.shutdown(fd, Int32(SHUT_RDWR))
            }
            _ = Glibc.shutdown(listener, Int32(SHUT_RDWR))
        }
    }

    private static func listen() throws -> (Int32, UInt16) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw LoopbackServerError(step: "socket", errno: errno) }
        var yes: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else {
            let code = errno
            _ = Glibc.close(fd)
            throw LoopbackServerError(step: "bind", errno: code)
        }
        guard Glibc.listen(fd, 128) == 0 else {
            let code = errno
            _ = Glibc.close(fd)
            throw LoopbackServerError(step: "listen", errno: code)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return (fd, UInt16(bigEndian: address.sin_port))
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if errno == EINTR { continue }
                _ = Glibc.close(listener)
                return
            }
            let number = state.withLock { state -> Int? in
                if state.stopped { return nil }
                state.connections.insert(connection)
                state.acceptedConnections += 1
                return state.acceptedConnections
            }
            guard let number else {
                _ = Glibc.close(connection)
                continue  // the shut-down listener fails the next accept, which closes it
            }
            let thread = Thread { [self] in self.serve(connection, number: number) }
            thread.start()
        }
    }
}
