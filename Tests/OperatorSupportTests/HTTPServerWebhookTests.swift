import OperatorSupport
import Synchronization
import Testing

/// HMAC-SHA256 values computed with Python's `hmac` and `hashlib`, served by key and message.
///
/// The verifier's HMAC is a parameter (defaulting to the package's own); these
/// tests pass a table of known answers and record that the verifier asked for
/// the right key and message, and one test checks the default against them.
final class KnownHMAC: Sendable {
    private let answers: [[UInt8]: [UInt8]]
    private let asked = Mutex<[(key: [UInt8], message: [UInt8])]>([])

    init(_ vectors: [(key: String, message: String, hex: String)]) {
        var answers: [[UInt8]: [UInt8]] = [:]
        for vector in vectors {
            answers[Array(vector.key.utf8) + [0] + Array(vector.message.utf8)] = Self.bytes(vector.hex)
        }
        self.answers = answers
    }

    var function: WebhookVerifier.Authenticator {
        { key, message in
            self.asked.withLock { $0.append((key, message)) }
            return self.answers[key + [0] + message] ?? Array(repeating: 0, count: 32)
        }
    }

    var calls: Int { asked.withLock { $0.count } }

    static func bytes(_ hex: String) -> [UInt8] {
        let digits = Array(hex)
        return stride(from: 0, to: digits.count, by: 2).compactMap { UInt8(String(digits[$0...$0 + 1]), radix: 16) }
    }
}

@Suite("Webhooks: GitHub signatures, GitLab tokens, push payloads")
struct HTTPServerWebhookTests {
    // GitHub's documented example: secret "It's a Secret to Everybody", payload "Hello, World!".
    static let githubExample = (key: "It's a Secret to Everybody", message: "Hello, World!",
                                hex: "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")
    static let pushBody = #"{"ref":"refs/heads/main","after":"3f2a1b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a","repository":{"full_name":"acme/estate"}}"#
    static let pushVector = (key: "orgops-webhook-secret", message: pushBody,
                             hex: "5507f2838278056d6ca70c98daf67e9e7d18cbb0581b0fcf595f9c2934c237b7")

    @Test func githubsDocumentedExampleVerifies() {
        let hmac = KnownHMAC([Self.githubExample])
        let verifier = WebhookVerifier(secret: Array(Self.githubExample.key.utf8), hmac: hmac.function)
        let verdict = verifier.verifyGitHub(signature: "sha256=" + Self.githubExample.hex,
                                            body: Array(Self.githubExample.message.utf8))
        #expect(verdict == .verified(.github))
        #expect(hmac.calls == 1)
        let upper = verifier.verifyGitHub(signature: "sha256=" + Self.githubExample.hex.uppercased(),
                                          body: Array(Self.githubExample.message.utf8))
        #expect(upper.isVerified)
    }

    @Test func theDefaultHMACVerifiesGitHubsExampleAndRejectsATamperedBody() {
        let verifier = WebhookVerifier(secret: Array(Self.githubExample.key.utf8))
        #expect(verifier.verifyGitHub(signature: "sha256=" + Self.githubExample.hex,
                                      body: Array(Self.githubExample.message.utf8)) == .verified(.github))
        let pushed = WebhookVerifier(secret: Array(Self.pushVector.key.utf8))
        #expect(pushed.verifyGitHub(signature: "sha256=" + Self.pushVector.hex, body: Array(Self.pushBody.utf8)).isVerified)
        #expect(!verifier.verifyGitHub(signature: "sha256=" + Self.githubExample.hex,
                                       body: Array("Hello, World?".utf8)).isVerified)
    }

    @Test func aSignedPushRequestVerifiesAndParses() {
        let verifier = WebhookVerifier(secret: Array(Self.pushVector.key.utf8), hmac: KnownHMAC([Self.pushVector]).function)
        let request = HTTPServerRequest(method: "POST", target: "/hooks/git",
                                  headers: [("X-Hub-Signature-256", "sha256=" + Self.pushVector.hex), ("X-GitHub-Event", "push")],
                                  body: Array(Self.pushBody.utf8))
        #expect(verifier.verify(request) == .verified(.github))
        let push = WebhookPush(payload: request.body)
        #expect(push?.ref == "refs/heads/main")
        #expect(push?.branch == "main")
        #expect(push?.after == "3f2a1b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a")
    }

    @Test func tamperedOrMalformedSignaturesAreRejected() {
        let verifier = WebhookVerifier(secret: Array(Self.pushVector.key.utf8), hmac: KnownHMAC([Self.pushVector]).function)
        let tampered = verifier.verifyGitHub(signature: "sha256=" + Self.pushVector.hex,
                                             body: Array(Self.pushBody.replacingOccurrences(of: "main", with: "prod").utf8))
        #expect(tampered == .rejected(reason: "X-Hub-Signature-256 does not match the body"))
        for bad in ["sha1=" + Self.pushVector.hex, "sha256=zz", "sha256=" + Self.pushVector.hex.dropLast(2), ""] {
            #expect(!verifier.verifyGitHub(signature: bad, body: Array(Self.pushBody.utf8)).isVerified)
        }
        let unsigned = HTTPServerRequest(method: "POST", target: "/hooks/git", body: Array(Self.pushBody.utf8))
        #expect(!verifier.verify(unsigned).isVerified)
        let noSecret = WebhookVerifier(secret: [], hmac: KnownHMAC([]).function)
        #expect(noSecret.verifyGitHub(signature: "sha256=" + Self.pushVector.hex, body: []) ==
            .rejected(reason: "no webhook secret is configured"))
    }

    @Test func gitlabTokensCompareExactly() {
        let verifier = WebhookVerifier(secret: Array("gitlab-secret".utf8), hmac: KnownHMAC([]).function)
        let request = HTTPServerRequest(method: "POST", target: "/hooks/git", headers: [("X-Gitlab-Token", "gitlab-secret")],
                                  body: Array(#"{"object_kind":"push","ref":"refs/heads/main","checkout_sha":"abc123"}"#.utf8))
        #expect(verifier.verify(request) == .verified(.gitlab))
        #expect(WebhookPush(payload: request.body) == WebhookPush(ref: "refs/heads/main", after: "abc123"))
        for wrong in ["gitlab-secreT", "gitlab-secret ", "gitlab", ""] {
            let verdict = verifier.verifyGitLab(token: wrong)
            #expect(verdict == .rejected(reason: "X-Gitlab-Token does not match the webhook secret"))
        }
    }

    @Test func constantTimeComparisonAndPayloadEdgeCases() {
        #expect(WebhookVerifier.constantTimeEqual([1, 2, 3], [1, 2, 3]))
        #expect(!WebhookVerifier.constantTimeEqual([1, 2, 3], [1, 2, 4]))
        #expect(!WebhookVerifier.constantTimeEqual([1, 2, 3], [1, 2]))
        #expect(!WebhookVerifier.constantTimeEqual([], [0]))
        #expect(WebhookVerifier.constantTimeEqual([], []))
        #expect(WebhookPush(payload: Array(#"{"zen":"Keep it logically awesome."}"#.utf8)) == nil)
        #expect(WebhookPush(payload: Array("not json".utf8)) == nil)
        #expect(WebhookPush(payload: Array(#"{"ref":"refs/tags/v1"}"#.utf8))?.branch == nil)
    }
}
