import Foundation

/// Parses HTTP/1.1 requests out of a growing byte buffer, enforcing the size limits.
///
/// Pure: the connection feeds it bytes and gets back "need more", a request
/// (with how many bytes it used, so pipelined requests keep their bytes), or
/// the status to refuse with.
struct HTTPRequestParser: Sendable {
    enum Outcome: Equatable {
        case needMore
        case request(HTTPServerRequest, consumed: Int)
        case refuse(status: Int, reason: String)
    }

    let limits: HTTPServerLimits

    func parse(_ buffer: [UInt8]) -> Outcome {
        guard let end = Self.headerEnd(buffer) else {
            return buffer.count > limits.maxHeaderBytes
                ? .refuse(status: 431, reason: "request headers exceed \(limits.maxHeaderBytes) bytes") : .needMore
        }
        guard end <= limits.maxHeaderBytes else {
            return .refuse(status: 431, reason: "request headers exceed \(limits.maxHeaderBytes) bytes")
        }
        let head = String(decoding: buffer[..<end], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ", omittingEmptySubsequences: false)
        guard requestLine.count == 3, !requestLine[0].isEmpty, requestLine[0].allSatisfy({ $0.isUppercase }),
              requestLine[1].hasPrefix("/") || requestLine[1] == "*" else {
            return .refuse(status: 400, reason: "malformed request line")
        }
        let minor: Int
        switch requestLine[2] {
        case "HTTP/1.1": minor = 1
        case "HTTP/1.0": minor = 0
        default: return .refuse(status: 505, reason: "only HTTP/1.0 and HTTP/1.1 are served")
        }
        var headers: [(name: String, value: String)] = []
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":"), colon != line.startIndex,
                  !line.hasPrefix(" "), !line.hasPrefix("\t"),
                  !line[..<colon].contains(where: { $0 == " " || $0 == "\t" }) else {
                return .refuse(status: 400, reason: "malformed header line")
            }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers.append((String(line[..<colon]).lowercased(), value))
        }
        if headers.contains(where: { $0.name == "transfer-encoding" }) {
            return .refuse(status: 501, reason: "chunked request bodies are not supported; send Content-Length")
        }
        let lengths = Set(headers.filter { $0.name == "content-length" }.map(\.value))
        guard lengths.count <= 1 else { return .refuse(status: 400, reason: "conflicting Content-Length headers") }
        var length = 0
        if let text = lengths.first {
            guard !text.isEmpty, text.count <= 18, text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text) else {
                return .refuse(status: 400, reason: "malformed Content-Length")
            }
            length = value
        }
        guard length <= limits.maxBodyBytes else {
            return .refuse(status: 413, reason: "request body exceeds \(limits.maxBodyBytes) bytes")
        }
        let bodyStart = end + 4
        guard buffer.count >= bodyStart + length else { return .needMore }
        let request = HTTPServerRequest(method: String(requestLine[0]), target: String(requestLine[1]), minorVersion: minor,
                                  headers: headers, body: Array(buffer[bodyStart..<(bodyStart + length)]))
        return .request(request, consumed: bodyStart + length)
    }

    /// The index of the `\r\n\r\n` that ends the headers.
    static func headerEnd(_ buffer: [UInt8]) -> Int? {
        guard buffer.count >= 4 else { return nil }
        for index in 0...(buffer.count - 4)
        where buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 {
            return index
        }
        return nil
    }
}
