import AWSClient
import Foundation
import Testing
import TestSupport

@Suite("URLSessionTransport")
struct URLSessionTransportTests {
    private func ok(_ text: String) -> LoopbackHTTPServer.Reply {
        .respond(HTTPResponse(status: 200, headers: [("Content-Type", "text/plain")], body: Array(text.utf8)))
    }

    @Test("sends method, headers and body and returns status, headers and body")
    func roundTrip() async throws {
        let server = try LoopbackHTTPServer(script: [ok("hello")])
        defer { server.stop() }
        let transport = URLSessionTransport()
        let request = HTTPRequest(method: "POST", url: server.baseURL,
                                  headers: [("X-Amz-Target", "Svc.Op"), ("Content-Type", "application/x-amz-json-1.1")],
                                  body: Array("{}".utf8))
        let response = try await transport.send(request, timeout: .seconds(5))
        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self) == "hello")
        #expect(response.header("content-type") == "text/plain")
        let received = try #require(server.requests.first)
        #expect(received.method == "POST")
        #expect(received.target == "/")
        #expect(received.header("x-amz-target") == "Svc.Op")
        #expect(received.bodyText == "{}")
    }

    @Test("reuses keep-alive connections across many sequential calls")
    func keepAlive() async throws {
        let server = try LoopbackHTTPServer { _, _ in
            .respond(HTTPResponse(status: 200, body: Array("ok".utf8)))
        }
        defer { server.stop() }
        let transport = URLSessionTransport()
        for _ in 0..<200 {
            let response = try await transport.send(HTTPRequest(method: "POST", url: server.baseURL, body: [1]),
                                                    timeout: .seconds(5))
            #expect(response.status == 200)
        }
        #expect(server.requests.count == 200)
        #expect(server.acceptedConnections <= 4)
    }

    @Test("does not follow redirects")
    func noRedirects() async throws {
        let target = "http://127.0.0.1:1/elsewhere"
        let server = try LoopbackHTTPServer(script: [.respond(HTTPResponse(status: 302, headers: [("Location", target)]))])
        defer { server.stop() }
        let response = try await URLSessionTransport().send(HTTPRequest(method: "GET", url: server.baseURL),
                                                            timeout: .seconds(5))
        #expect(response.status == 302)
        #expect(server.requests.count == 1)
    }

    @Test("a slow answer becomes a timeout error")
    func timeout() async throws {
        let server = try LoopbackHTTPServer(script: [.respondAfter(seconds: 1.5, HTTPResponse(status: 200))])
        defer { server.stop() }
        let error = await #expect(throws: HTTPTransportError.self) {
            _ = try await URLSessionTransport().send(HTTPRequest(method: "POST", url: server.baseURL),
                                                     timeout: .milliseconds(300))
        }
        #expect(error?.kind == .timeout)
    }

    @Test("a refused connection becomes a connect error")
    func refused() async throws {
        let server = try LoopbackHTTPServer(script: [])
        let url = server.baseURL
        server.stop()
        let error = await #expect(throws: HTTPTransportError.self) {
            _ = try await URLSessionTransport().send(HTTPRequest(method: "POST", url: url), timeout: .seconds(5))
        }
        #expect(error?.kind == .connect)
        #expect(error?.url == url.absoluteString)
    }

    @Test("a dropped connection becomes a connection-lost error")
    func dropped() async throws {
        let server = try LoopbackHTTPServer(script: [.dropConnection])
        defer { server.stop() }
        let error = await #expect(throws: HTTPTransportError.self) {
            _ = try await URLSessionTransport().send(HTTPRequest(method: "POST", url: server.baseURL, body: [1]),
                                                     timeout: .seconds(5))
        }
        #expect(error?.kind == .connectionLost)
    }
}
