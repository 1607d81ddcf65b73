import Foundation
import OperatorSupport
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A raw HTTP/1.1 client over a socket, so tests can send exactly the bytes they mean (malformed ones too).
final class RawHTTPClient: @unchecked Sendable {
    let descriptor: Int32

    init(port: UInt16) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let status = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard status == 0 else { throw POSIXError(.ECONNREFUSED) }
        var timeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(descriptor) }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Reads one response (headers plus `Content-Length` bytes); `nil` when the server closed first.
    func readResponse(toHead: Bool = false) -> (status: Int, headers: [String: String], body: String)? {
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            if let end = Self.find(buffer) {
                let head = String(decoding: buffer[..<end], as: UTF8.self).components(separatedBy: "\r\n")
                let status = Int(head[0].split(separator: " ")[1]) ?? 0
                var headers: [String: String] = [:]
                for line in head.dropFirst() {
                    if let colon = line.firstIndex(of: ":") {
                        headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    }
                }
                let length = toHead ? 0 : Int(headers["content-length"] ?? "0") ?? 0
                while buffer.count < end + 4 + length {
                    let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
                    guard count > 0 else { return nil }
                    buffer += chunk[0..<count]
                }
                let body = String(decoding: buffer[(end + 4)..<(end + 4 + length)], as: UTF8.self)
                leftover = Array(buffer[(end + 4 + length)...])
                return (status, headers, body)
            }
            if !leftover.isEmpty {
                buffer = leftover + buffer
                leftover = []
                continue
            }
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return nil }
            buffer += chunk[0..<count]
        }
    }

    /// Whether the server closed the connection (a read returns end of file).
    func isClosedByServer() -> Bool {
        var byte: UInt8 = 0
        return recv(descriptor, &byte, 1, 0) == 0
    }

    private var leftover: [UInt8] = []

    private static func find(_ buffer: [UInt8]) -> Int? {
        guard buffer.count >= 4 else { return nil }
        return (0...(buffer.count - 4)).first {
            buffer[$0] == 13 && buffer[$0 + 1] == 10 && buffer[$0 + 2] == 13 && buffer[$0 + 3] == 10
        }
    }
}

/// Runs blocking socket I/O off the cooperative pool.
func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}

@Suite("HTTPServer: routes, limits, keep-alive, graceful stop")
struct HTTPServerTests {
    static func server(limits: HTTPServerLimits = HTTPServerLimits()) throws -> HTTPServer {
        let server = HTTPServer(address: try BindAddress(parsing: "127.0.0.1:0"), limits: limits)
        server.route("GET", "/healthz") { _ in .text("ok\n") }
        server.route("GET", prefix: "/readyz") { request in .text("ready \(request.path)\n") }
        server.route("POST", "/hooks/git") { request in
            .text("got \(request.body.count) bytes, event \(request.header("X-GitHub-Event") ?? "none")\n", status: 202)
        }
        return server
    }

    @Test func servesRoutesOnAPickedPortWithKeepAlive() async throws {
        let server = try Self.server()
        let port = try server.start()
        #expect(port != 0)
        #expect(server.port == port)
        let (health, ready, hook, missing, wrongMethod, head) = try await offPool {
            let client = try RawHTTPClient(port: port)
            client.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            let health = client.readResponse()
            client.send("GET /readyz/git?verbose=1 HTTP/1.1\r\nHost: x\r\n\r\n")
            let ready = client.readResponse()
            client.send("POST /hooks/git HTTP/1.1\r\nHost: x\r\nX-GitHub-Event: push\r\nContent-Length: 5\r\n\r\nhello")
            let hook = client.readResponse()
            client.send("GET /nope HTTP/1.1\r\n\r\n")
            let missing = client.readResponse()
            client.send("DELETE /healthz HTTP/1.1\r\n\r\n")
            let wrongMethod = client.readResponse()
            client.send("HEAD /healthz HTTP/1.1\r\nConnection: close\r\n\r\n")
            let head = client.readResponse(toHead: true)
            return (health, ready, hook, missing, wrongMethod, head)
        }
        #expect(health?.status == 200)
        #expect(health?.body == "ok\n")
        #expect(health?.headers["connection"] == "keep-alive")
        #expect(ready?.body == "ready /readyz/git\n")
        #expect(hook?.status == 202)
        #expect(hook?.body == "got 5 bytes, event push\n")
        #expect(missing?.status == 404)
        #expect(wrongMethod?.status == 405)
        #expect(wrongMethod?.headers["allow"] == "GET")
        #expect(head?.status == 200)
        #expect(head?.headers["content-length"] == "3")
        #expect(head?.headers["connection"] == "close")
        await server.stop(grace: .seconds(5))
    }

    @Test func pipelinedRequestsAreAnsweredInOrder() async throws {
        let server = try Self.server()
        let port = try server.start()
        let bodies = try await offPool {
            let client = try RawHTTPClient(port: port)
            client.send("GET /healthz HTTP/1.1\r\n\r\nGET /readyz HTTP/1.1\r\n\r\n")
            return [client.readResponse()?.body, client.readResponse()?.body]
        }
        #expect(bodies == ["ok\n", "ready /readyz\n"])
        await server.stop(grace: .seconds(5))
    }

    @Test func oversizedAndMalformedRequestsAreRefused() async throws {
        let limits = HTTPServerLimits(maxHeaderBytes: 256, maxBodyBytes: 8)
        let server = try Self.server(limits: limits)
        let port = try server.start()
        let requests = [
            "POST /hooks/git HTTP/1.1\r\nContent-Length: 9\r\n\r\n123456789",
            "GET /healthz HTTP/1.1\r\nX-Big: \(String(repeating: "a", count: 300))\r\n\r\n",
            "GARBAGE\r\n\r\n",
            "GET /healthz HTTP/2.0\r\n\r\n",
            "POST /hooks/git HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n",
            "POST /hooks/git HTTP/1.1\r\nContent-Length: x\r\n\r\n",
        ]
        let statuses = try await offPool {
            try requests.map { request -> Int? in
                let client = try RawHTTPClient(port: port)
                client.send(request)
                let response = client.readResponse()
                #expect(client.isClosedByServer())
                return response?.status
            }
        }
        #expect(statuses == [413, 431, 400, 505, 501, 400])
        await server.stop(grace: .seconds(5))
    }

    @Test func stopLetsInFlightRequestsFinishAndClosesIdleOnes() async throws {
        let server = HTTPServer(address: try BindAddress(parsing: "127.0.0.1:0"))
        let gate = Gate()
        server.route("GET", "/slow") { _ in
            await gate.wait()
            return .text("finished\n")
        }
        server.route("GET", "/healthz") { _ in .text("ok\n") }
        let port = try server.start()
        let idle = try RawHTTPClient(port: port)
        let idleAnswer = try await offPool { () -> Int? in
            idle.send("GET /healthz HTTP/1.1\r\n\r\n")
            return idle.readResponse()?.status
        }
        #expect(idleAnswer == 200)
        async let slow = offPool { () -> (Int?, String?) in
            let client = try RawHTTPClient(port: port)
            client.send("GET /slow HTTP/1.1\r\n\r\n")
            let response = client.readResponse()
            return (response?.status, response?.headers["connection"])
        }
        await gate.waitForWaiter()
        async let stopped: Void = server.stop(grace: .seconds(30))
        // The idle keep-alive connection is closed at once; the slow one is still being served.
        #expect(try await offPool { idle.isClosedByServer() })
        gate.open()
        let (status, connection) = try await slow
        await stopped
        #expect(status == 200)
        #expect(connection == "close")
        #expect(server.openConnections == 0)
        // Nothing listens any more.
        #expect(throws: (any Error).self) { try RawHTTPClient(port: port) }
    }

    @Test func connectionsBeyondTheLimitAreTurnedAway() async throws {
        let server = try Self.server(limits: HTTPServerLimits(maxConnections: 1))
        let port = try server.start()
        let (first, second, third) = try await offPool { () -> (Int?, Int?, Int?) in
            let held = try RawHTTPClient(port: port)
            held.send("GET /healthz HTTP/1.1\r\n\r\n")
            let first = held.readResponse()?.status
            let refused = try RawHTTPClient(port: port)
            refused.send("GET /healthz HTTP/1.1\r\n\r\n")
            let second = refused.readResponse()?.status
            // The held keep-alive connection is still served.
            held.send("GET /healthz HTTP/1.1\r\n\r\n")
            return (first, second, held.readResponse()?.status)
        }
        #expect(first == 200)
        #expect(second == 503)
        #expect(third == 200)
        await server.stop(grace: .seconds(5))
    }

    @Test func listenAddressesParse() throws {
        #expect(try BindAddress(parsing: "0.0.0.0:8080") == BindAddress(host: "0.0.0.0", port: 8080))
        #expect(try BindAddress(parsing: ":9090") == BindAddress(host: "0.0.0.0", port: 9090))
        #expect(try BindAddress(parsing: "[::1]:0") == BindAddress(host: "::1", port: 0))
        #expect(try BindAddress(parsing: "[::1]:0").description == "[::1]:0")
        for bad in ["8080", "host:", "host:99999", "::1:80", "[::1]80"] {
            let error = #expect(throws: HTTPServerError.self) { try BindAddress(parsing: bad) }
            #expect(error?.message.contains("'\(bad)'") == true)
        }
        let server = HTTPServer(address: BindAddress(host: "203.0.113.1", port: 0))
        let error = #expect(throws: HTTPServerError.self) { try server.start() }
        #expect(error?.code == "bind-failed")
    }
}

/// Holds a handler until the test opens it, and tells the test when the handler is waiting.
final class Gate: Sendable {
    private let state = Mutex<(open: Bool, waiting: [CheckedContinuation<Void, Never>], watchers: [CheckedContinuation<Void, Never>], arrived: Bool)>(
        (false, [], [], false))

    func wait() async {
        await withCheckedContinuation { continuation in
            let (resumeNow, watchers) = state.withLock { state -> (Bool, [CheckedContinuation<Void, Never>]) in
                state.arrived = true
                let watchers = state.watchers
                state.watchers = []
                if state.open { return (true, watchers) }
                state.waiting.append(continuation)
                return (false, watchers)
            }
            for watcher in watchers { watcher.resume() }
            if resumeNow { continuation.resume() }
        }
    }

    func waitForWaiter() async {
        await withCheckedContinuation { continuation in
            let now = state.withLock { state -> Bool in
                if state.arrived { return true }
                state.watchers.append(continuation)
                return false
            }
            if now { continuation.resume() }
        }
    }

    func open() {
        let waiting = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.open = true
            defer { state.waiting = [] }
            return state.waiting
        }
        for waiter in waiting { waiter.resume() }
    }
}
