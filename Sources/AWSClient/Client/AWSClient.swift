import Foundation
import OperatorSupport

/// The one way orgops talks to AWS: signed, retried, rate-limited, counted calls.
///
/// The typed operations of `AWSServices` sit on top of two entry points —
/// `json` for the JSON 1.1 services (Organizations, SSO Admin, Identity
/// Store) and `query` for the query/XML ones (CloudFormation, STS). Every
/// call goes through the same pipeline: rate slot and in-flight permit for
/// its scope, fresh credentials and a fresh signature per attempt, the
/// transport, error decoding, and the retry policy. Clients for other
/// accounts or organizations come from `with(credentials:scope:)` and share
/// this client's transport, limiter registry, call counter and retry quota.
public final class AWSClient: Sendable {
    /// The version in the `User-Agent` header.
    public static let version = "0.1.0"

    /// What this client was made with.
    public let configuration: Configuration
    let shared: Shared
    /// STS over this client's transport, limits and counter (AssumeRole, web identity, caller identity).
    public let sts: any STSCredentialService

    /// The state a family of derived clients shares.
    final class Shared: Sendable {
        let counter: APICallCounter
        let limits: RateLimiterRegistry
        let quota: RetryQuota

        init(configuration: Configuration) {
            counter = APICallCounter()
            limits = RateLimiterRegistry(limits: configuration.limits, clock: configuration.clock)
            quota = RetryQuota(capacity: configuration.retry.quotaCapacity)
        }
    }

    /// Creates a client with its own counter, limiter registry and retry quota.
    public convenience init(configuration: Configuration) {
        self.init(configuration: configuration, shared: Shared(configuration: configuration))
    }

    init(configuration: Configuration, shared: Shared) {
        self.configuration = configuration
        self.shared = shared
        self.sts = STSClient(configuration: configuration, shared: shared)
    }

    /// Every call's count by service, operation and outcome.
    public var calls: APICallCounter { shared.counter }

    /// The rate and in-flight limiters, for the permits the services layer takes itself.
    public var limits: RateLimiterRegistry { shared.limits }

    /// The STS client as its concrete type, for `getCallerIdentity()`.
    public var stsClient: STSClient { STSClient(configuration: configuration, shared: shared) }

    /// A client for other credentials and another scope, sharing transport, limiters, counter and quota.
    public func with(credentials: any CredentialProvider, scope: String) -> AWSClient {
        var derived = configuration
        derived.credentials = credentials
        derived.scope = scope
        return AWSClient(configuration: derived, shared: shared)
    }

    /// Calls a JSON 1.1 operation and decodes its output.
    public func json<Output: Decodable & Sendable>(_ service: ServiceDescriptor, _ operation: String,
                                                    input: some Encodable & Sendable,
                                                    region: String? = nil) async throws -> Output {
        let response = try await sendJSON(service, operation, input: input, region: region)
        do {
            return try AWSJSON.decode(Output.self, from: response.body)
        } catch {
            throw undecodable(response, service: service, operation: operation,
                              reason: "could not read it as \(Output.self): \(Self.describe(error))")
        }
    }

    /// Calls a JSON 1.1 operation whose output the caller does not need.
    public func json(_ service: ServiceDescriptor, _ operation: String, input: some Encodable & Sendable,
                     region: String? = nil) async throws {
        _ = try await sendJSON(service, operation, input: input, region: region)
    }

    /// Calls a query-protocol action and returns its `<ActionResult>` element.
    ///
    /// Actions whose response has no result element (`DeleteStackSet`)
    /// return the response's root element instead.
    public func query(_ service: ServiceDescriptor, _ action: String, parameters: QueryParameters,
                      region: String? = nil) async throws -> XMLTree {
        try await query(service, action, parameters: parameters, region: region, signed: true)
    }

    func query(_ service: ServiceDescriptor, _ action: String, parameters: QueryParameters, region: String?,
               signed: Bool) async throws -> XMLTree {
        guard case .query(let version, _) = service.wire else {
            throw misuse(service, action, "is not a query-protocol service; call json(_:_:input:) instead")
        }
        let request = PreparedCall(service: service, operation: action, region: region,
                                   contentType: "application/x-www-form-urlencoded; charset=utf-8", target: nil,
                                   body: parameters.body(action: action, version: version), signed: signed)
        let response = try await perform(request)
        let root: XMLTree
        do {
            root = try XMLTree.parse(response.body)
        } catch {
            throw undecodable(response, service: service, operation: action, reason: "\(error)")
        }
        return root.child("\(action)Result") ?? root
    }

    private func sendJSON(_ service: ServiceDescriptor, _ operation: String, input: some Encodable & Sendable,
                          region: String?) async throws -> HTTPResponse {
        guard case .json(let prefix) = service.wire else {
            throw misuse(service, operation, "is not a json service; call query(_:_:parameters:) instead")
        }
        let body: [UInt8]
        do {
            body = try AWSJSON.encode(input)
        } catch {
            throw misuse(service, operation, "input could not be encoded: \(Self.describe(error))")
        }
        return try await perform(PreparedCall(service: service, operation: operation, region: region,
                                              contentType: "application/x-amz-json-1.1",
                                              target: "\(prefix).\(operation)", body: body, signed: true))
    }

    private func misuse(_ service: ServiceDescriptor, _ operation: String, _ reason: String) -> AWSError {
        AWSError(code: AWSError.ClientCode.invalidCall, message: "\(service.name) \(reason)", httpStatus: 0,
                 service: service.name, operation: operation, scope: configuration.scope, origin: .client)
    }

    private func undecodable(_ response: HTTPResponse, service: ServiceDescriptor, operation: String,
                             reason: String) -> AWSError {
        AWSError(code: AWSError.ClientCode.undecodable,
                 message: "the HTTP \(response.status) response body was not understood: \(reason)",
                 httpStatus: response.status, requestId: response.header("x-amzn-RequestId"),
                 service: service.name, operation: operation, scope: configuration.scope,
                 origin: .undecodableResponse)
    }

    /// A decoding error in one line, naming the field path rather than dumping the context.
    static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return "\(error)" }
        func path(_ context: DecodingError.Context) -> String {
            let joined = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return joined.isEmpty ? "the top level" : "'\(joined)'"
        }
        switch decoding {
        case .keyNotFound(let key, let context): return "missing '\(key.stringValue)' at \(path(context))"
        case .typeMismatch(let type, let context): return "expected \(type) at \(path(context))"
        case .valueNotFound(let type, let context): return "null where \(type) is required at \(path(context))"
        case .dataCorrupted(let context): return "\(context.debugDescription) at \(path(context))"
        @unknown default: return "\(error)"
        }
    }
}
