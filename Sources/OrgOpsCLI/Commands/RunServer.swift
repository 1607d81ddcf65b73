import AWSClient
import Foundation
import OperatorSupport
import Reconciler

/// The routes `orgops run` serves on `--listen`: `/healthz`, `/readyz`, `/metrics` and `POST /hooks/git`.
///
/// Kept apart from the socket server so each answer can be tested as a plain function of the request.
struct RunServer: Sendable {
    /// Triggered by a verified push to the watched branch; its health answers `/readyz`.
    let loop: OperatorLoop
    /// The watched branch; pushes to other branches (the status branch among them) are ignored.
    let branch: String
    /// The loop's series.
    let metrics: MetricsRegistry
    /// The AWS client's call counter.
    let calls: APICallCounter
    /// Without a secret the webhook answers 403, so nobody can make the operator fetch.
    let verifier: WebhookVerifier?
    let logger: Logger

    init(loop: OperatorLoop, branch: String, metrics: MetricsRegistry, calls: APICallCounter, secret: [UInt8]?,
         logger: Logger) {
        self.loop = loop
        self.branch = branch
        self.metrics = metrics
        self.calls = calls
        self.verifier = secret.map { WebhookVerifier(secret: $0) }
        self.logger = logger
    }

    /// Registers the routes on `server`.
    func install(on server: HTTPServer) {
        server.route("GET", "/healthz") { _ in self.healthz() }
        server.route("GET", "/readyz") { _ in self.readyz() }
        server.route("GET", "/metrics") { _ in self.exposition() }
        server.route("POST", "/hooks/git") { request in self.hook(request) }
    }

    /// Alive as long as the process answers.
    func healthz() -> HTTPServerResponse { .text("ok\n") }

    /// Ready after the first successful fetch, and no longer once shutdown began.
    func readyz() -> HTTPServerResponse {
        loop.health.isReady ? .text("ready\n") : .text("not ready: no successful fetch yet, or shutting down\n", status: 503)
    }

    /// The loop's series and the AWS call counters, in Prometheus text format.
    func exposition() -> HTTPServerResponse {
        .text(metrics.render() + RunAPICallMetrics.render(calls), contentType: MetricsRegistry.contentType)
    }

    /// A GitHub or GitLab push: verified against the secret, then a fetch at once if it concerns the watched branch.
    func hook(_ request: HTTPServerRequest) -> HTTPServerResponse {
        guard let verifier else { return .text("webhook disabled: start orgops with --webhook-secret-file\n", status: 403) }
        if case .rejected(let reason) = verifier.verify(request) {
            logger.warning("webhook request rejected", ["reason": reason])
            return .text("rejected: \(reason)\n", status: 401)
        }
        if let pushed = WebhookPush(payload: request.body)?.branch, pushed != branch {
            return .text("ignored: push to '\(pushed)', watching '\(branch)'\n", status: 202)
        }
        loop.trigger()
        return .text("fetch triggered\n", status: 202)
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
