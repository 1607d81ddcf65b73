import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 server for `/healthz`, `/readyz`, `/metrics` and `POST /hooks/git`.
///
/// Plain sockets: one thread accepts, one thread per connection reads with
/// kernel timeouts and calls the async route handler. Keep-alive is
/// honoured, sizes are bounded (`HTTPServerLimits`), and `stop(grace:)`
/// stops accepting, closes idle connections and lets requests in flight
/// finish within the grace period before closing the rest.
public final class HTTPServer: @unchecked Sendable {
    /// Answers one request.
    public typealias Handler = @Sendable (HTTPServerRequest) async -> HTTPServerResponse

    struct Route {
        var method: String
        var path: String
        var isPrefix: Bool
        var handler: Handler
    }

    /// The address it was asked to listen on.
    public let address: BindAddress
    /// The bounds it enforces.
    public let limits: HTTPServerLimits
    let clock: any OperatorClock
    let logger: Logger
    let lock = NSLock()
    var routes: [Route] = []
    var listener: Int32 = -1
    var boundPort: UInt16 = 0
    var connections: [Int32: Bool] = [:]
    var stopping = false
    var drainWaiters: [UUID: CheckedContinuation<Void, Never>] = [:]

    /// Creates a server; nothing is bound until `start()`.
    public init(address: BindAddress, limits: HTTPServerLimits = HTTPServerLimits(), clock: any OperatorClock = SystemClock(),
                logger: Logger = .disabled) {
        self.address = address
        self.limits = limits
        self.clock = clock
        self.logger = logger
    }

    /// Serves `method` (upper-case) requests for exactly `path`; `GET` routes answer `HEAD` too.
    public func route(_ method: String, _ path: String, handler: @escaping Handler) {
        lock.withLock { routes.append(Route(method: method.uppercased(), path: path, isPrefix: false, handler: handler)) }
    }

    /// Serves `method` requests for every path under `prefix` (such as `/readyz/` for named checks).
    public func route(_ method: String, prefix: String, handler: @escaping Handler) {
        lock.withLock { routes.append(Route(method: method.uppercased(), path: prefix, isPrefix: true, handler: handler)) }
    }

    /// The port it listens on (the kernel's choice when asked for port 0); 0 before `start()`.
    public var port: UInt16 { lock.withLock { boundPort } }

    /// How many connections are open.
    public var openConnections: Int { lock.withLock { connections.count } }

    /// Binds, listens and starts accepting; returns the bound port.
    @discardableResult
    public func start() throws(HTTPServerError) -> UInt16 {
        let started = lock.withLock { listener >= 0 || stopping }
        guard !started else { throw HTTPServerError(code: "already-started", message: "the http server on \(address) was already started") }
        let socket = try SocketListener.open(address)
        lock.withLock {
            listener = socket.descriptor
            boundPort = socket.port
        }
        let acceptor = Thread { [self] in acceptLoop(socket.descriptor) }
        acceptor.name = "orgops-http-accept"
        acceptor.start()
        logger.info("http server listening", ["address": BindAddress(host: address.host, port: socket.port).description])
        return socket.port
    }

    /// Stops accepting, closes idle connections, waits up to `grace` for requests in flight, then closes the rest.
    public func stop(grace: Duration = .seconds(30)) async {
        let idle: [Int32] = lock.withLock {
            stopping = true
            if listener >= 0 {
                shutdown(listener, Int32(SHUT_RDWR))
                close(listener)
                listener = -1
            }
            return connections.filter { !$0.value }.map(\.key)
        }
        for descriptor in idle { shutdown(descriptor, Int32(SHUT_RDWR)) }
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.waitForDrain() }
            group.addTask { [clock] in try? await clock.sleep(for: grace) }
            await group.next()
            group.cancelAll()
        }
        let remaining: [Int32] = lock.withLock { Array(connections.keys) }
        if !remaining.isEmpty {
            logger.warning("http requests still running after the grace period were cut off", ["connections": "\(remaining.count)"])
        }
        for descriptor in remaining { shutdown(descriptor, Int32(SHUT_RDWR)) }
    }

    /// Returns when no connection is open, or when the task is cancelled.
    func waitForDrain() async {
        let id = UUID()
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let done: Bool = lock.withLock {
                    if connections.isEmpty || Task.isCancelled { return true }
                    drainWaiters[id] = continuation
                    return false
                }
                if done { continuation.resume() }
            }
        } onCancel: {
            let waiter = lock.withLock { drainWaiters.removeValue(forKey: id) }
            waiter?.resume()
        }
    }

    /// The handler for `request`, or the status to refuse it with (404, or 405 with the allowed methods).
    func handler(for request: HTTPServerRequest) -> (Handler?, allowed: [String]) {
        let path = request.path
        let candidates = lock.withLock {
            routes.filter { $0.isPrefix ? path.hasPrefix($0.path) : path == $0.path }
        }
        let method = request.method == "HEAD" ? "GET" : request.method
        if let exact = candidates.first(where: { !$0.isPrefix && $0.method == method })
            ?? candidates.first(where: { $0.method == method }) {
            return (exact.handler, [])
        }
        return (nil, Array(Set(candidates.map(\.method))).sorted())
    }
}
