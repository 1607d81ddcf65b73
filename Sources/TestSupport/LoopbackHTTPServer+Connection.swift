import AWSClient
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension LoopbackHTTPServer {
    /// Reads requests off one connection until the peer closes it or the script drops it.
    func serve(_ fd: Int32, number connectionNumber: Int) {
        var buffer: [UInt8] = []
        defer {
            state.withLock { state in
                state.connections.remove(fd)
                _ = Glibc.close(fd)
            }
        }
        while let request = readRequest(fd, buffer: &buffer, connection: connectionNumber) {
            let index = state.withLock { state -> Int in
                state.requests.append(request)
                return state.requests.count - 1
            }
            let reply = handler(request, index)
            let closeAfter = request.header("Connection")?.lowercased() == "close"
            switch reply {
            case .dropConnection:
                _ = Glibc.shutdown(fd, Int32(SHUT_RDWR))
                return
            case .respond(let response):
                guard write(fd, Self.encode(response, close: closeAfter)), !closeAfter else { return }
            case .respondAfter(let seconds, let response):
                usleep(UInt32(max(0, seconds) * 1_000_000))
                guard write(fd, Self.encode(response, close: closeAfter)), !closeAfter else { return }
            }
        }
    }

    private func readRequest(_ fd: Int32, buffer: inout [UInt8], connection: Int) -> LoopbackRecordedRequest? {
        let separator: [UInt8] = [13, 10, 13, 10]
        var headerEnd: Int?
        while headerEnd == nil {
            headerEnd = Self.find(separator, in: buffer)
            if headerEnd == nil, !readMore(fd, into: &buffer) { return nil }
        }
        guard let end = headerEnd else { return nil }
        let head = String(decoding: buffer[0..<end], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var headers: [(name: String, value: String)] = []
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = String(line[..<colon])
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers.append((name, value))
        }
        let length = headers.first { $0.name.lowercased() == "content-length" }.flatMap { Int($0.value) } ?? 0
        let bodyStart = end + separator.count
        while buffer.count < bodyStart + length {
            if !readMore(fd, into: &buffer) { return nil }
        }
        let body = Array(buffer[bodyStart..<(bodyStart + length)])
        buffer.removeFirst(bodyStart + length)
        return LoopbackRecordedRequest(method: String(requestLine[0]), target: String(requestLine[1]),
                                       headers: headers, body: body, connection: connection)
    }

    /// Reads what arrived; false when the peer closed. An interrupted call (`EINTR`, a signal
    /// landing on this thread) is retried rather than taken for a close: closing there would make
    /// the client's next request on the kept-alive connection fail with a broken pipe.
    private func readMore(_ fd: Int32, into buffer: inout [UInt8]) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16_384)
        var count = -1
        repeat {
            count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        } while count < 0 && errno == EINTR
        guard count > 0 else { return false }
        buffer.append(contentsOf: chunk[0..<count])
        return true
    }

    private func write(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { raw in
                send(fd, raw.baseAddress.map { $0 + offset }, bytes.count - offset, Int32(MSG_NOSIGNAL))
            }
            if sent < 0, errno == EINTR { continue }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    static func encode(_ response: HTTPResponse, close: Bool) -> [UInt8] {
        var head = "HTTP/1.1 \(response.status) \(reason(response.status))\r\n"
        for (name, value) in response.headers where name.lowercased() != "content-length" {
            head += "\(name): \(value)\r\n"
        }
        head += "Content-Length: \(response.body.count)\r\n"
        head += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n"
        return Array(head.utf8) + response.body
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 409: "Conflict"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return start }
        }
        return nil
    }
}
