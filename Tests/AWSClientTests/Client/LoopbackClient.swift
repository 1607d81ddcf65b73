import AWSClient
import Foundation
import OperatorSupport
import Synchronization
import TestSupport

/// Builds clients pointed at a loopback server, with virtual time and seeded jitter.
enum LoopbackClient {
    static let accessKey = "AKIDEXAMPLE"

    static func make(_ server: LoopbackHTTPServer, path: String = "", retry: RetryPolicy = .standard,
                     limits: RateLimits = .unlimited, clock: ManualClock = ManualClock(),
                     credentials: any CredentialProvider = CountingCredentials(), scope: String = "workloads",
                     region: String = "eu-west-1",
                     random: @escaping @Sendable () -> Double = SeededRandom(seed: 7).next) -> AWSClient {
        let url = server.baseURL.absoluteString + path
        let endpoints = EndpointResolver(environment: ["AWS_ENDPOINT_URL": url], sharedConfig: SharedConfig(),
                                         profile: nil)
        return AWSClient(configuration: .init(
            credentials: credentials, region: region, endpoints: endpoints, transport: URLSessionTransport(),
            retry: retry, limits: limits, clock: clock, random: random, scope: scope,
            timeout: .seconds(5)))
    }

    static func json(_ status: Int, _ body: String, headers: [(name: String, value: String)] = []) -> LoopbackHTTPServer.Reply {
        .respond(HTTPResponse(status: status, headers: [("Content-Type", "text/html; charset=utf-8")] + headers,
                              body: Array(body.utf8)))
    }

    static func fixture(_ name: String) throws -> LoopbackHTTPServer.Reply {
        .respond(try ResponseFixtures.load(name))
    }
}

/// A provider that hands out a new session token per call, so tests can see each attempt asked afresh.
final class CountingCredentials: CredentialProvider {
    private let count = Mutex(0)
    let keyId: String

    init(keyId: String = LoopbackClient.accessKey) {
        self.keyId = keyId
    }

    var calls: Int { count.withLock { $0 } }

    func credentials() async throws -> AWSCredentials {
        let number = count.withLock { $0 += 1; return $0 }
        return AWSCredentials(accessKeyId: keyId, secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                              sessionToken: "token-\(number)")
    }
}
