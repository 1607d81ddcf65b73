import AWSClient
import AWSServices
import Foundation
import OperatorSupport
import TestSupport

/// Credentials that never change: what AssumeRole handed out, for one organization's client.
struct FixedCredentials: CredentialProvider {
    let value: AWSCredentials
    func credentials() async throws -> AWSCredentials { value }
}

/// One test's view of the AWS test server with signature checking on.
///
/// Two management accounts (`111111111111`, `222222222222`) each have a role `orgops`
/// with Allow-*; one operator identity (an IAM user of `999999999999`) reaches both by
/// AssumeRole, the way the operator does in production.
struct IntegrationHarness {
    static let managementA = "111111111111"
    static let managementB = "222222222222"
    static let operatorAccount = "999999999999"
    static let region = "us-east-1"

    let backend: AWSBackend
    let operatorClient: AWSClient
    let clock: ManualClock
    /// The operator's own long-lived keys (an IAM user of `operatorAccount`), for shared-file profiles.
    let operatorKeys: AWSCredentials
    /// A plain transport for the server's `/orgops-test/` controls (unsigned, never retried).
    let control: URLSessionTransport

    /// Runs `body` with the shared server to itself (other suites wait), reset, bootstrapped and
    /// with signature checking on.
    static func exclusive<T>(
        seed: Int = 7, limits: RateLimits = .default, retry: RetryPolicy = .standard,
        transport: any HTTPTransport = URLSessionTransport(), isolation: isolated (any Actor)? = #isolation,
        _ body: (IntegrationHarness) async throws -> T
    ) async throws -> T {
        try await AWSBackend.exclusive(seed: seed) { backend in
            let harness = try await make(backend: backend, seed: seed, limits: limits, retry: retry,
                                         transport: transport)
            return try await body(harness)
        }
    }

    /// Bootstraps the accounts of a freshly reset server and switches signature checking on.
    private static func make(backend: AWSBackend, seed: Int, limits: RateLimits, retry: RetryPolicy,
                             transport: any HTTPTransport) async throws -> IntegrationHarness {
        let keys = try await backend.bootstrap(accountId: operatorAccount, roleName: "orgops")
        for account in [managementA, managementB] {
            _ = try await backend.bootstrap(accountId: account, roleName: "orgops")
        }
        try await backend.setAuth(enforced: true)
        let clock = ManualClock()
        let random = SeededRandom(seed: UInt64(seed))
        let configuration = AWSClient.Configuration(
            credentials: FixedCredentials(value: AWSCredentials(accessKeyId: keys.accessKeyId,
                                                                secretAccessKey: keys.secretAccessKey)),
            region: region, endpoints: EndpointResolver(environment: ["AWS_ENDPOINT_URL": backend.endpoint.absoluteString],
                                        sharedConfig: SharedConfig(), profile: nil), transport: transport,
            retry: retry, limits: limits, clock: clock, random: { random.next() }, scope: "operator")
        return IntegrationHarness(backend: backend, operatorClient: AWSClient(configuration: configuration),
                                  clock: clock,
                                  operatorKeys: AWSCredentials(accessKeyId: keys.accessKeyId,
                                                               secretAccessKey: keys.secretAccessKey),
                                  control: URLSessionTransport())
    }

    /// A client acting in a management account, through the typed STS AssumeRole.
    func management(_ accountId: String, role: String = "orgops") async throws -> AWSClient {
        let sts = STSAPI(client: operatorClient)
        let output = try await sts.assumeRole(.init(roleArn: "arn:aws:iam::\(accountId):role/\(role)",
                                                    roleSessionName: "orgops-tests"))
        guard let credentials = output.credentials, let key = credentials.accessKeyId,
              let secret = credentials.secretAccessKey else {
            throw AWSServicesError(code: "NoCredentials", message: "assume role into \(accountId) gave no credentials")
        }
        return operatorClient.with(
            credentials: FixedCredentials(value: AWSCredentials(accessKeyId: key, secretAccessKey: secret,
                                                                sessionToken: credentials.sessionToken,
                                                                expiration: credentials.expiration)),
            scope: accountId)
    }

    /// A management account with an organization (all features) and its root id.
    func organization(_ accountId: String) async throws -> (client: AWSClient, rootId: String) {
        let client = try await management(accountId)
        let organizations = OrganizationsAPI(client: client)
        _ = try await organizations.createOrganization(.init(featureSet: "ALL"))
        let roots = try await organizations.listAllRoots()
        guard let rootId = roots.first?.id else {
            throw AWSServicesError(code: "NoRoot", message: "organization of \(accountId) has no root")
        }
        return (client, rootId)
    }

    /// Attempts (first tries plus retries) the client family made for one operation.
    static func attempts(_ client: AWSClient, _ service: String, _ operation: String) -> Int {
        client.calls.snapshot().filter { $0.service == service && $0.operation == operation }
            .reduce(0) { $0 + $1.attempts }
    }

    /// Retries the client family made, over all operations.
    static func retries(_ client: AWSClient) -> Int {
        client.calls.snapshot().reduce(0) { $0 + $1.retries }
    }

    /// How many faults the server injected since the last rules, by `kind` and by `kind:service`
    /// (`throttle`, `throttle:sso`, `drop:organizations`, …).
    func firedFaults() async throws -> [String: Int] {
        struct Described: Decodable { let injected: [String: Int] }
        let body = try await controlCall("GET", "faults", body: Data())
        let described = try JSONDecoder().decode(Described.self, from: body)
        var fired: [String: Int] = [:]
        for (key, count) in described.injected {
            let parts = key.split(separator: ":").map(String.init)
            guard parts.count >= 2 else { continue }
            fired[parts[0], default: 0] += count
            fired["\(parts[0]):\(parts[1])", default: 0] += count
        }
        return fired
    }

    private func controlCall(_ method: String, _ route: String, body: Data) async throws -> Data {
        let url = backend.endpoint.appendingPathComponent("orgops-test").appendingPathComponent(route)
        let response = try await control.send(
            HTTPRequest(method: method, url: url, headers: [("Content-Type", "application/json")], body: Array(body)),
            timeout: .seconds(10))
        guard response.status == 200 else {
            throw AWSServicesError(code: "ControlFailed",
                                   message: "\(method) /orgops-test/\(route) answered \(response.status): "
                                       + String(decoding: response.body, as: UTF8.self))
        }
        return Data(response.body)
    }
}
