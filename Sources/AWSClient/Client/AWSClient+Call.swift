import Foundation
import OperatorSupport

/// One call as the protocols prepared it, before endpoint resolution and signing.
struct PreparedCall: Sendable {
    var service: ServiceDescriptor
    var operation: String
    var region: String?
    var contentType: String
    var target: String?
    var body: [UInt8]
    var signed: Bool
}

extension AWSClient {
    /// Runs one call through limits, signing, transport and retries; returns the 2xx response.
    ///
    /// Each attempt takes a rate slot and an in-flight permit of its own (a
    /// permit is not held through a backoff sleep), asks the provider for
    /// credentials and signs with the clock's current date, so a retry never
    /// replays a stale signature.
    func perform(_ call: PreparedCall) async throws -> HTTPResponse {
        let service = call.service
        let scope = configuration.scope
        let endpoint = configuration.endpoints.resolve(service, region: call.region ?? configuration.region)
        let request = Self.request(for: call, url: endpoint.url, userAgent: configuration.userAgent)
        let policy = configuration.retry
        var attempt = 0
        var quotaTaken = 0
        while true {
            attempt += 1
            if attempt > 1 { shared.counter.recordRetry(service: service.name, operation: call.operation) }
            let outcome = try await attemptOnce(call, request: request, endpoint: endpoint)
            let error: AWSError
            switch outcome {
            case .success(let response):
                shared.counter.record(service: service.name, operation: call.operation, outcome: .ok)
                shared.limits.recordSuccess(service: service.name, scope: scope)
                shared.quota.release(taken: quotaTaken)
                return response
            case .failure(let failure):
                error = failure
            }
            let retryClass = policy.classify(error)
            if retryClass == .throttling {
                shared.counter.record(service: service.name, operation: call.operation, outcome: .throttled)
                shared.limits.recordThrottle(service: service.name, scope: scope)
            } else {
                shared.counter.record(service: service.name, operation: call.operation, outcome: .error(error.code))
            }
            guard attempt < policy.attempts(for: retryClass),
                  let cost = shared.quota.acquire(afterTimeout: error.origin == .transport(.timeout)) else {
                throw error
            }
            quotaTaken += cost
            let delay = policy.delay(afterAttempt: attempt, error: error, random: configuration.random)
            if delay > .zero { try await configuration.clock.sleep(for: delay) }
        }
    }

    /// One attempt: slot, permit, credentials, signature, exchange, classification of the answer.
    private func attemptOnce(_ call: PreparedCall, request: HTTPRequest,
                             endpoint: ResolvedEndpoint) async throws -> Result<HTTPResponse, AWSError> {
        let service = call.service.name
        let scope = configuration.scope
        try await shared.limits.acquireRate(forService: service, scope: scope)
        let body: () async throws -> Result<HTTPResponse, AWSError> = {
            let signed = try await self.sign(request, call: call, endpoint: endpoint)
            let response: HTTPResponse
            do {
                response = try await self.configuration.transport.send(signed, timeout: self.configuration.timeout)
            } catch let transportError as HTTPTransportError {
                return .failure(AWSError(transport: transportError, service: service, operation: call.operation,
                                         scope: scope))
            }
            if (200..<300).contains(response.status) { return .success(response) }
            return .failure(AWSError.decode(response, service: service, operation: call.operation, scope: scope))
        }
        if let group = configuration.limits.serviceInflightGroups[service] {
            return try await shared.limits.withPermit(group, scope: scope, body)
        }
        return try await body()
    }

    /// Signs with fresh credentials and the clock's date, or passes unsigned calls through.
    private func sign(_ request: HTTPRequest, call: PreparedCall, endpoint: ResolvedEndpoint) async throws -> HTTPRequest {
        guard call.signed else { return request }
        let credentials = try await credentialsForSigning(call)
        let signer = SigV4Signer(credentials: credentials, region: endpoint.signingRegion, service: endpoint.signingName)
        return signer.sign(request, date: configuration.clock.now())
    }

    /// The provider's credentials, or `CredentialsUnavailable` naming the provider and the call.
    ///
    /// The provider's own error is kept in the message: `CredentialProviderError` and `AWSError`
    /// descriptions never hold a secret; any other error is quoted by type only, since its text
    /// could echo a credentials response. Not retried here: the provider retries its own calls.
    private func credentialsForSigning(_ call: PreparedCall) async throws -> AWSCredentials {
        let provider = configuration.credentials
        do {
            return try await provider.credentials()
        } catch let error as CancellationError {
            throw error
        } catch {
            let detail: String
            switch error {
            case let error as CredentialProviderError: detail = error.description
            case let error as AWSError: detail = error.description
            case let error as HTTPTransportError: detail = "\(error)"
            default: detail = "\(type(of: error))"
            }
            throw AWSError(code: AWSError.ClientCode.credentials,
                           message: "no credentials to sign with (provider: \(provider.providerName)): \(detail)",
                           httpStatus: 0, service: call.service.name, operation: call.operation,
                           scope: configuration.scope, origin: .client)
        }
    }

    /// The unsigned request: `POST` to the endpoint URL (which may carry a path), with the protocol's headers.
    static func request(for call: PreparedCall, url: URL, userAgent: String) -> HTTPRequest {
        var headers: [(name: String, value: String)] = [("Host", hostHeader(url)), ("Content-Type", call.contentType)]
        if let target = call.target { headers.append(("X-Amz-Target", target)) }
        headers.append(("User-Agent", userAgent))
        return HTTPRequest(method: "POST", url: url, headers: headers, body: call.body)
    }

    /// `host` or `host:port` when the port is not the scheme's default.
    static func hostHeader(_ url: URL) -> String {
        let host = url.host ?? ""
        guard let port = url.port else { return host }
        let isDefault = (url.scheme == "https" && port == 443) || (url.scheme == "http" && port == 80)
        return isDefault ? host : "\(host):\(port)"
    }
}
