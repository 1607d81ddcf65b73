import AWSClient
import Foundation
import OperatorSupport
import Reconciler

/// The routes `orgops run` serves on `--listen`: `/healthz`, `/readyz`, `/metrics` and `POST /hooks/git`.
enum RunServer {
    /// Registers the routes on `server`.
    /// - Parameters:
    ///   - loop: triggered by a verified push to the watched branch.
    ///   - branch: the watched branch; pushes to other branches (the status branch among them) are ignored.
    ///   - secret: the webhook secret; without one the webhook answers 403 so nobody can trigger fetches.
    static func install(on server: HTTPServer, loop: OperatorLoop, branch: String, metrics: MetricsRegistry,
                        secret: [UInt8]?, logger: Logger) {
        let health = loop.health
        server.route("GET", "/healthz") { _ in .text("ok\n") }
        server.route("GET", "/readyz") { _ in
            health.isReady ? .text("ready\n") : .text("not ready: no successful fetch yet\n", status: 503)
        }
        server.route("GET", "/metrics") { _ in .text(metrics.render(), contentType: MetricsRegistry.contentType) }
        let verifier = secret.map { WebhookVerifier(secret: $0, hmac: { key, message in HMACSHA256.authenticate(message, key: key) }) }
        server.route("POST", "/hooks/git") { request in
            guard let verifier else { return .text("webhook disabled: start orgops with --webhook-secret-file\n", status: 403) }
            guard case .verified = verifier.verify(request) else {
                logger.warning("webhook request rejected", ["remote": "hooks/git"])
                return .text("signature or token does not match the webhook secret\n", status: 401)
            }
            let push = WebhookPush(payload: request.body)
            if let pushed = push?.branch, pushed != branch {
                return .text("ignored: push to '\(pushed)', watching '\(branch)'\n", status: 202)
            }
            loop.trigger()
            return .text("fetch triggered\n", status: 202)
        }
    }

    /// Reads the webhook secret file, trailing newline removed.
    static func readSecret(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandError(code: "unreadable-file", message: "cannot read --webhook-secret-file '\(path)'; check that it exists and is readable")
        }
        var bytes = [UInt8](data)
        while let last = bytes.last, last == 0x0A || last == 0x0D { bytes.removeLast() }
        return bytes
    }
}
