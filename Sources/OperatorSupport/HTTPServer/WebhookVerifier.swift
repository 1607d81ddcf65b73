/// Checks that a `POST /hooks/git` really comes from the git host that knows the webhook secret.
///
/// GitHub signs the body: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(secret, body)>`.
/// GitLab sends the secret itself in `X-Gitlab-Token`. Both are compared in
/// constant time. The HMAC defaults to the package's tested HMAC-SHA256
/// (`OperatorSupport/Crypto`); it stays a parameter so tests can count or
/// replace it.
public struct WebhookVerifier: Sendable {
    /// Computes HMAC-SHA256 of `message` with `key`.
    public typealias Authenticator = @Sendable (_ key: [UInt8], _ message: [UInt8]) -> [UInt8]

    /// Which git host a verified request came from.
    public enum Provider: String, Sendable, Hashable {
        /// Signed the body with `X-Hub-Signature-256`.
        case github
        /// Sent the shared token in `X-Gitlab-Token`.
        case gitlab
    }

    /// The verdict on one request.
    public enum Verdict: Sendable, Hashable {
        /// The request proved knowledge of the secret.
        case verified(Provider)
        /// It did not; `reason` is safe to log and return (it never contains the secret).
        case rejected(reason: String)

        /// Whether the request may be acted on.
        public var isVerified: Bool {
            if case .verified = self { return true }
            return false
        }
    }

    private let secret: [UInt8]
    private let hmac: Authenticator

    /// Creates a verifier for `secret` (the contents of `--webhook-secret-file`, trailing newline removed).
    public init(secret: [UInt8],
                hmac: @escaping Authenticator = { key, message in HMACSHA256.authenticate(message, key: key) }) {
        self.secret = secret
        self.hmac = hmac
    }

    /// Verifies a request by whichever header it carries; one with neither is rejected.
    public func verify(_ request: HTTPServerRequest) -> Verdict {
        if let signature = request.header("x-hub-signature-256") {
            return verifyGitHub(signature: signature, body: request.body)
        }
        if let token = request.header("x-gitlab-token") {
            return verifyGitLab(token: token)
        }
        return .rejected(reason: "the request carries neither X-Hub-Signature-256 nor X-Gitlab-Token")
    }

    /// Checks a GitHub `X-Hub-Signature-256` value against the body.
    public func verifyGitHub(signature: String, body: [UInt8]) -> Verdict {
        guard !secret.isEmpty else { return .rejected(reason: "no webhook secret is configured") }
        guard signature.hasPrefix("sha256="), let claimed = Self.decodeHex(String(signature.dropFirst(7))),
              claimed.count == 32 else {
            return .rejected(reason: "X-Hub-Signature-256 is not 'sha256=' followed by 64 hex digits")
        }
        let expected = hmac(secret, body)
        return Self.constantTimeEqual(claimed, expected)
            ? .verified(.github) : .rejected(reason: "X-Hub-Signature-256 does not match the body")
    }

    /// Checks a GitLab `X-Gitlab-Token` value.
    public func verifyGitLab(token: String) -> Verdict {
        guard !secret.isEmpty else { return .rejected(reason: "no webhook secret is configured") }
        return Self.constantTimeEqual(Array(token.utf8), secret)
            ? .verified(.gitlab) : .rejected(reason: "X-Gitlab-Token does not match the webhook secret")
    }

    /// Compares without an early exit, so the time taken does not reveal how many leading bytes matched.
    public static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(truncatingIfNeeded: a.count ^ b.count)
        let length = max(a.count, b.count)
        for index in 0..<length {
            let x = index < a.count ? a[index] : 0
            let y = index < b.count ? b[index] : 0
            difference |= x ^ y
        }
        return difference == 0 && a.count == b.count
    }

    /// Decodes lower- or upper-case hex; `nil` for odd lengths or other characters.
    static func decodeHex(_ text: String) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let high = nibble(digits[index]), let low = nibble(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        return bytes
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
