import Foundation
import OperatorSupport
import TestSupport

/// Serves a `GitTestRemote` over smart HTTP with Basic authentication: `git http-backend` as a CGI behind `HTTPServer`.
///
/// Lets the token tests prove that git really authenticates through the
/// askpass helper, not only that the token stays out of the arguments.
struct GitHTTPBackend {
    let server: HTTPServer
    let port: UInt16

    /// Starts serving `remote`'s bare repository at `http://127.0.0.1:<port>/remote.git`, accepting only `user:token`.
    static func start(_ remote: GitTestRemote, user: String, token: String) async throws -> GitHTTPBackend {
        try await remote.git(["--git-dir=" + remote.bareRepository, "config", "http.receivepack", "true"])
        let server = HTTPServer(address: BindAddress(host: "127.0.0.1", port: 0))
        let expected = "Basic " + Data("\(user):\(token)".utf8).base64EncodedString()
        let handler: HTTPServer.Handler = { request in
            guard request.header("authorization") == expected else {
                return HTTPServerResponse(status: 401, headers: ["WWW-Authenticate": "Basic realm=\"orgops-test\""])
            }
            return await cgi(request, remote: remote, user: user)
        }
        server.route("GET", prefix: "/remote.git/", handler: handler)
        server.route("POST", prefix: "/remote.git/", handler: handler)
        let port = try server.start()
        return GitHTTPBackend(server: server, port: port)
    }

    /// The URL the operator is given.
    var url: String { "http://127.0.0.1:\(port)/remote.git" }

    private static func cgi(_ request: HTTPServerRequest, remote: GitTestRemote, user: String) async -> HTTPServerResponse {
        var environment = remote.environment
        environment["GIT_PROJECT_ROOT"] = remote.root
        environment["GIT_HTTP_EXPORT_ALL"] = "1"
        environment["REQUEST_METHOD"] = request.method
        environment["PATH_INFO"] = request.path
        environment["QUERY_STRING"] = request.query
        environment["CONTENT_TYPE"] = request.header("content-type") ?? ""
        environment["CONTENT_LENGTH"] = String(request.body.count)
        environment["REMOTE_USER"] = user
        environment["REMOTE_ADDR"] = "127.0.0.1"
        if let encoding = request.header("content-encoding") { environment["HTTP_CONTENT_ENCODING"] = encoding }
        if let protocolHeader = request.header("git-protocol") { environment["GIT_PROTOCOL"] = protocolHeader }
        let command = ProcessCommand(executable: "/usr/bin/git", arguments: ["http-backend"], environment: environment,
                                     standardInput: request.body, timeout: .seconds(60))
        guard let result = try? await SubprocessRunner().run(command), result.termination.isSuccess else {
            return .text("http-backend failed\n", status: 500)
        }
        return parse(result.standardOutput)
    }

    /// Splits CGI output into a status, headers and body.
    private static func parse(_ output: [UInt8]) -> HTTPServerResponse {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = (0...max(0, output.count - 4)).first(where: { Array(output[$0..<min($0 + 4, output.count)]) == separator })
        else { return .text("malformed cgi output\n", status: 500) }
        var response = HTTPServerResponse(status: 200, body: Array(output[(end + 4)...]))
        for line in String(decoding: output[..<end], as: UTF8.self).components(separatedBy: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = String(line[..<colon])
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if name.lowercased() == "status" {
                response.status = Int(value.prefix(3)) ?? 500
            } else {
                response.headers[name] = value
            }
        }
        return response
    }
}
