import Foundation
import OperatorSupport
import Synchronization
@testable import AWSClient

/// A clock that only moves when told to; `sleep` records the wait and advances.
final class TestClock: OperatorClock {
    private let state: Mutex<(now: Date, sleeps: [Duration])>

    init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) {
        state = Mutex((start, []))
    }

    func now() -> Date { state.withLock { $0.now } }

    func sleep(for duration: Duration) async throws {
        state.withLock {
            $0.sleeps.append(duration)
            $0.now = $0.now.addingTimeInterval(Double(duration.components.seconds))
        }
    }

    func advance(by seconds: TimeInterval) {
        state.withLock { $0.now = $0.now.addingTimeInterval(seconds) }
    }

    var sleeps: [Duration] { state.withLock { $0.sleeps } }
}

/// An in-memory STS: hands out numbered credentials and records each call.
final class FakeSTS: STSCredentialService {
    struct Call: Equatable, Sendable {
        var action: String
        var roleArn: String
        var sessionName: String
        var externalId: String?
        var durationSeconds: Int?
        var sourceKeyId: String?
        var token: String?
    }

    private let state = Mutex<[Call]>([])
    let clock: TestClock
    let lifetime: TimeInterval

    init(clock: TestClock, lifetime: TimeInterval = 3600) {
        self.clock = clock
        self.lifetime = lifetime
    }

    var calls: [Call] { state.withLock { $0 } }

    func assumeRole(roleArn: String, sessionName: String, externalId: String?, durationSeconds: Int?,
                    using source: any CredentialProvider) async throws -> AWSCredentials {
        let sourceCredentials = try await source.credentials()
        return issue(Call(action: "AssumeRole", roleArn: roleArn, sessionName: sessionName, externalId: externalId,
                          durationSeconds: durationSeconds, sourceKeyId: sourceCredentials.accessKeyId))
    }

    func assumeRoleWithWebIdentity(roleArn: String, sessionName: String, webIdentityToken: String,
                                   durationSeconds: Int?) async throws -> AWSCredentials {
        issue(Call(action: "AssumeRoleWithWebIdentity", roleArn: roleArn, sessionName: sessionName,
                   durationSeconds: durationSeconds, token: webIdentityToken))
    }

    private func issue(_ call: Call) -> AWSCredentials {
        let number = state.withLock { calls in
            calls.append(call)
            return calls.count
        }
        return AWSCredentials(accessKeyId: "ASIA\(call.roleArn.split(separator: "/").last ?? "")\(number)",
                              secretAccessKey: "secret\(number)", sessionToken: "token\(number)",
                              expiration: clock.now().addingTimeInterval(lifetime))
    }
}

/// Files by path, changeable between calls (token rotation).
final class FakeFiles: Sendable {
    private let files: Mutex<[String: String]>

    init(_ files: [String: String] = [:]) {
        self.files = Mutex(files)
    }

    func set(_ path: String, _ text: String?) {
        files.withLock { $0[path] = text }
    }

    var reader: FileReader {
        { [self] path in files.withLock { $0[path] } }
    }
}

/// Behaves like IMDSv2 (token required, TTL header checked) and like the
/// container endpoint (400 without the expected `Authorization`), on any host.
final class FakeMetadataTransport: HTTPTransport {
    struct State {
        var requests: [HTTPRequest] = []
        var imdsRole: String? = "orgops-node"
        var imdsAvailable = true
        var imdsTokenStatus = 200
        var containerToken: String? = "pod-token"
        var containerStatuses: [Int] = []
        var expiration = "2027-01-15T12:00:00Z"
    }

    let state = Mutex(State())

    func configure(_ change: (inout State) -> Void) {
        state.withLock { change(&$0) }
    }

    var requests: [HTTPRequest] { state.withLock { $0.requests } }

    func send(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPResponse {
        try state.withLock { state in
            state.requests.append(request)
            let path = request.url.path(percentEncoded: true)
            let body = Array("""
                {"Code":"Success","AccessKeyId":"ASIAMETA","SecretAccessKey":"meta-secret","Token":"meta-token","Expiration":"\(state.expiration)"}
                """.utf8)
            if path.hasPrefix("/latest/") {
                guard state.imdsAvailable else {
                    throw HTTPTransportError(kind: .timeout, detail: "timed out", url: request.url.absoluteString)
                }
                if path == "/latest/api/token" {
                    guard request.method == "PUT", state.imdsTokenStatus == 200 else {
                        return HTTPResponse(status: state.imdsTokenStatus == 200 ? 405 : state.imdsTokenStatus)
                    }
                    guard let ttl = request.header("x-aws-ec2-metadata-token-ttl-seconds"), Int(ttl) != nil else {
                        return HTTPResponse(status: 400)
                    }
                    return HTTPResponse(status: 200, body: Array("imds-token".utf8))
                }
                if state.imdsTokenStatus == 200, request.header("x-aws-ec2-metadata-token") != "imds-token" {
                    return HTTPResponse(status: 401)
                }
                guard let role = state.imdsRole else { return HTTPResponse(status: 404) }
                if path == "/latest/meta-data/iam/security-credentials/" {
                    return HTTPResponse(status: 200, body: Array("\(role)\n".utf8))
                }
                if path == "/latest/meta-data/iam/security-credentials/\(role)" {
                    return HTTPResponse(status: 200, body: body)
                }
                return HTTPResponse(status: 404)
            }
            if !state.containerStatuses.isEmpty {
                let status = state.containerStatuses.removeFirst()
                if status != 200 { return HTTPResponse(status: status) }
            }
            if let expected = state.containerToken, request.header("Authorization") != expected {
                return HTTPResponse(status: 400, body: Array("{\"message\":\"missing token\"}".utf8))
            }
            return HTTPResponse(status: 200, body: body)
        }
    }
}

/// A provider that counts fetches and can be made to wait or fail.
actor CountingProvider: CredentialProvider {
    private(set) var fetches = 0
    private let clock: TestClock
    private let lifetime: TimeInterval
    var failing = false
    var yields = 0

    init(clock: TestClock, lifetime: TimeInterval = 3600, yields: Int = 0) {
        self.clock = clock
        self.lifetime = lifetime
        self.yields = yields
    }

    func setFailing(_ value: Bool) { failing = value }

    func credentials() async throws -> AWSCredentials {
        fetches += 1
        let number = fetches
        for _ in 0..<yields { await Task.yield() }
        if failing { throw CredentialProviderError.endpointUnreachable(provider: "test", url: "http://test", detail: "down") }
        return AWSCredentials(accessKeyId: "AKID\(number)", secretAccessKey: "s", sessionToken: "t",
                              expiration: clock.now().addingTimeInterval(lifetime))
    }
}
