import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A listening TCP socket bound to a `BindAddress`.
struct SocketListener {
    let descriptor: Int32
    let port: UInt16

    /// Resolves the address (numeric or a name such as `localhost`), binds, listens, and reads back the port.
    static func open(_ address: BindAddress) throws(HTTPServerError) -> SocketListener {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        var found: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(address.host, String(address.port), &hints, &found)
        guard status == 0, let first = found else {
            let reason = String(cString: gai_strerror(status))
            throw HTTPServerError(code: "invalid-listen-address", message: "cannot resolve listen address '\(address)': \(reason)")
        }
        defer { freeaddrinfo(found) }
        let info = first.pointee
        let descriptor = socket(info.ai_family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else {
            throw HTTPServerError(code: "socket-failed", message: "cannot create a socket for '\(address)': \(Self.lastError())")
        }
        var one: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        guard bind(descriptor, info.ai_addr, info.ai_addrlen) == 0 else {
            let reason = Self.lastError()
            close(descriptor)
            throw HTTPServerError(code: "bind-failed", message: "cannot listen on '\(address)': \(reason)")
        }
        guard listen(descriptor, 128) == 0 else {
            let reason = Self.lastError()
            close(descriptor)
            throw HTTPServerError(code: "listen-failed", message: "cannot listen on '\(address)': \(reason)")
        }
        return SocketListener(descriptor: descriptor, port: boundPort(descriptor) ?? address.port)
    }

    /// The local port of a bound socket.
    static func boundPort(_ descriptor: Int32) -> UInt16? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let status = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard status == 0 else { return nil }
        switch Int32(storage.ss_family) {
        case AF_INET:
            return withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) }
            }
        case AF_INET6:
            return withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin6_port) }
            }
        default:
            return nil
        }
    }

    /// Sets a receive or send timeout on a socket.
    static func setTimeout(_ descriptor: Int32, option: Int32, _ duration: Duration) {
        let parts = duration.components
        var value = timeval(tv_sec: Int(parts.seconds), tv_usec: Int(parts.attoseconds / 1_000_000_000_000))
        setsockopt(descriptor, SOL_SOCKET, option, &value, socklen_t(MemoryLayout<timeval>.size))
    }

    static func lastError() -> String { String(cString: strerror(errno)) }
}
