import AWSClient
import Foundation
import OperatorSupport

/// Builds the operator's own AWS client from the environment and the command line: the one
/// place where credentials, region, endpoints and client-side limits are decided.
///
/// Everything effectful is a member (environment value, transport, clock, file reader), so
/// the in-process tests point it at the AWS test server and the binary at the real thing,
/// through the same code. Every client it makes shares one call counter (`--stats`).
public struct OperatorClientFactory: Sendable {
    /// The process environment as a value (`AWS_*`, `AWS_ENDPOINT_URL`, `AWS_PROFILE`).
    public var environment: [String: String]
    /// The HTTP seam every call goes through.
    public var transport: any HTTPTransport
    /// Signing dates, retry waits and credential refresh.
    public var clock: any OperatorClock
    /// Reads the shared config and credentials files and web-identity tokens.
    public var readFile: FileReader

    /// The region used when neither the environment nor the profile names one; Organizations is
    /// global and signed in `us-east-1` whatever the default is.
    public static let fallbackRegion = "us-east-1"

    /// Creates a factory.
    public init(environment: [String: String], transport: any HTTPTransport = URLSessionTransport(),
                clock: any OperatorClock = SystemClock(), readFile: @escaping FileReader = SystemFileReader.read) {
        self.environment = environment
        self.transport = transport
        self.clock = clock
        self.readFile = readFile
    }

    /// The operator's client: the default credential chain (`--profile` when given), the
    /// configured region, endpoints with `AWS_ENDPOINT_URL[_<SERVICE>]` overrides, the SDKs'
    /// standard retry mode with `AWS_MAX_ATTEMPTS` (for estates that throttle often), and the
    /// default limits with `--rate` / `--inflight` applied over them.
    ///
    /// Nothing is sent yet: credentials are fetched on the first call, so a wrong profile is
    /// reported by the first AWS call with the chain's explanation.
    public func makeClient(settings: AWSSettings) throws -> AWSClient {
        let sharedConfig: SharedConfig
        do {
            sharedConfig = try SharedConfig.load(environment: environment, readFile: readFile)
        } catch {
            throw CommandError(code: "aws-config-unreadable",
                               message: "the AWS shared config or credentials file cannot be read: \(error)")
        }
        let region = RegionResolver.resolve(environment: environment, sharedConfig: sharedConfig,
                                            profile: settings.profile) ?? Self.fallbackRegion
        guard RegionResolver.isValid(region) else {
            throw CommandError(code: "invalid-region",
                               message: "the configured AWS region '\(region)' is not a region name; check AWS_REGION and the profile's region")
        }
        let endpoints = EndpointResolver(environment: environment, sharedConfig: sharedConfig, profile: settings.profile)
        let limits = try settings.limits()
        let retry: RetryPolicy
        do {
            retry = try RetryPolicy.fromEnvironment(environment)
        } catch {
            throw CommandError(code: "invalid-retry-setting", message: "\(error)")
        }
        let configuration = AWSClient.Configuration(
            credentials: AWSClient.noCredentials, region: region, endpoints: endpoints, transport: transport,
            retry: retry, limits: limits, clock: clock, scope: "operator")
        let environment = environment
        let profile = settings.profile
        let transport = transport
        let clock = clock
        let readFile = readFile
        return AWSClient.bootstrap(configuration: configuration) { sts in
            DefaultCredentialChain.make(environment: environment, profile: profile, readFile: readFile,
                                        transport: transport, sts: sts, clock: clock)
        }
    }
}
