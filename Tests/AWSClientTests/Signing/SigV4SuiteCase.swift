import Foundation
@testable import AWSClient

/// One case of the AWS signing test suite (`Fixtures/sigv4/<name>/`), parsed.
struct SigV4SuiteCase: Sendable, CustomStringConvertible {
    /// `context.json`.
    struct Context: Decodable, Sendable {
        struct Credentials: Decodable, Sendable {
            let access_key_id: String
            let secret_access_key: String
            let token: String?
        }
        let credentials: Credentials
        let expiration_in_seconds: Int
        let normalize: Bool
        let region: String
        let service: String
        let sign_body: Bool
        let timestamp: String
        let omit_session_token: Bool?
    }

    /// A request in the suite's text form: request line, headers (continuation lines kept), body.
    struct RawRequest: Sendable {
        let method: String
        let target: String
        let headers: [(name: String, value: String)]
        let body: [UInt8]

        init(parsing text: String) throws {
            let parts = text.components(separatedBy: "\n\n")
            let head = parts[0]
            let bodyText = parts.dropFirst().joined(separator: "\n\n")
            var lines = head.components(separatedBy: "\n")
            let requestLine = lines.removeFirst()
            guard let firstSpace = requestLine.firstIndex(of: " "),
                  let lastSpace = requestLine.lastIndex(of: " "), firstSpace < lastSpace else {
                throw SuiteError(message: "bad request line \(requestLine)")
            }
            method = String(requestLine[..<firstSpace])
            target = String(requestLine[requestLine.index(after: firstSpace)..<lastSpace])
            var headers: [(name: String, value: String)] = []
            for line in lines where !line.isEmpty {
                if line.first == " " || line.first == "\t", let last = headers.popLast() {
                    headers.append((last.name, last.value + "\n" + line))
                } else if let colon = line.firstIndex(of: ":") {
                    headers.append((String(line[..<colon]), String(line[line.index(after: colon)...])))
                } else {
                    throw SuiteError(message: "bad header line \(line)")
                }
            }
            self.headers = headers
            body = Array(bodyText.trimmingCharacters(in: .newlines).utf8)
        }

        /// The URL of the request, as the wire would carry it.
        func url() throws -> URL {
            let host = headers.first { $0.name.lowercased() == "host" }?.value ?? ""
            // Escape only what a URL cannot carry raw (space, non-ASCII); existing escapes stay.
            var escaped = ""
            for byte in target.utf8 {
                if byte >= 0x80 || byte == UInt8(ascii: " ") {
                    escaped += "%" + String(byte, radix: 16, uppercase: true)
                } else {
                    escaped.unicodeScalars.append(Unicode.Scalar(byte))
                }
            }
            guard let url = URL(string: "https://" + host + escaped) else {
                throw SuiteError(message: "no url for \(target)")
            }
            return url
        }

        func httpRequest() throws -> HTTPRequest {
            HTTPRequest(method: method, url: try url(), headers: headers, body: body)
        }
    }

    struct SuiteError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    let name: String
    let context: Context
    let request: RawRequest
    let directory: URL

    var description: String { name }

    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/sigv4")

    /// Every case directory, sorted by name.
    static func all() throws -> [SigV4SuiteCase] {
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path)
            .filter { FileManager.default.fileExists(atPath: root.appendingPathComponent($0 + "/context.json").path) }
            .sorted()
        return try names.map { try SigV4SuiteCase(name: $0) }
    }

    init(name: String) throws {
        self.name = name
        directory = SigV4SuiteCase.root.appendingPathComponent(name)
        context = try JSONDecoder().decode(Context.self, from: Data(contentsOf: directory.appendingPathComponent("context.json")))
        request = try RawRequest(parsing: String(contentsOf: directory.appendingPathComponent("request.txt"), encoding: .utf8))
    }

    func file(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// The expected text of `<prefix>-<kind>.txt` without trailing newlines.
    func expected(_ prefix: String, _ kind: String) throws -> String {
        try file("\(prefix)-\(kind).txt").trimmingCharacters(in: .newlines)
    }

    var date: Date {
        get throws {
            guard let date = ISO8601DateFormatter().date(from: context.timestamp) else {
                throw SuiteError(message: "bad timestamp \(context.timestamp)")
            }
            return date
        }
    }

    var credentials: AWSCredentials {
        AWSCredentials(accessKeyId: context.credentials.access_key_id,
                       secretAccessKey: context.credentials.secret_access_key,
                       sessionToken: context.credentials.token)
    }

    /// The signer for checking canonical text from the request line: the suite's
    /// request line is the path as sent, encoded once more in the canonical form.
    func partsSigner() -> SigV4Signer {
        SigV4Signer(credentials: credentials, region: context.region, service: context.service,
                    normalizePath: context.normalize, doubleEncodePath: true,
                    addContentSHA256Header: context.sign_body)
    }

    /// The signer for end-to-end signing of a `URL`: building the URL already
    /// percent-encoded any raw byte of the request line (space, UTF-8), which is
    /// the one encoding the suite expects, so only then the extra pass is off.
    func requestSigner() throws -> SigV4Signer {
        let urlPath = try request.url().path(percentEncoded: true)
        let rawPath = String(request.target.prefix { $0 != "?" })
        return SigV4Signer(credentials: credentials, region: context.region, service: context.service,
                           normalizePath: context.normalize, doubleEncodePath: urlPath == rawPath,
                           addContentSHA256Header: context.sign_body)
    }
}
