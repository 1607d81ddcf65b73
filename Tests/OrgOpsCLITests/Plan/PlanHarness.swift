import AWSClient
import AWSServices
import Foundation
import OperatorSupport
import OrgOpsCLI
import TestSupport

/// One end-to-end test's view of the AWS test server with signature checking on.
///
/// The operator is an IAM user of `999999999999` with keys in its environment; every
/// management account has a role `orgops` the manifests' `spec.access.roleArn` names, so
/// `orgops plan` / `apply` reach each organization by AssumeRole as in production. The CLI
/// runs in-process with a virtual clock, so retry backoff and CreateAccount polling take no
/// real time.
struct PlanHarness {
    static let operatorAccount = "999999999999"
    static let managementA = "111111111111"
    static let managementB = "222222222222"

    let backend: AWSBackend
    /// The repository the manifests are written to (a fresh temporary directory).
    let repository: String
    /// The operator's environment: its keys, the server's endpoint, no shared files.
    let environment: [String: String]
    let clock: ManualClock
    /// A client with the operator's keys, for AssumeRole into management accounts.
    let operatorClient: AWSClient

    /// Bootstraps the operator and `managements` on a freshly reset server, then turns signatures on.
    static func make(backend: AWSBackend, managements: [String] = [managementA]) async throws -> PlanHarness {
        let keys = try await backend.bootstrap(accountId: operatorAccount, roleName: "orgops")
        for account in managements {
            _ = try await backend.bootstrap(accountId: account, roleName: "orgops")
        }
        try await backend.setAuth(enforced: true)
        let repository = FileManager.default.temporaryDirectory
            .appendingPathComponent("orgops-plan-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: repository, withIntermediateDirectories: true)
        let environment = [
            "AWS_ACCESS_KEY_ID": keys.accessKeyId, "AWS_SECRET_ACCESS_KEY": keys.secretAccessKey,
            "AWS_ENDPOINT_URL": backend.endpoint.absoluteString, "AWS_REGION": "us-east-1",
            "AWS_CONFIG_FILE": repository + "/.no-aws-config", "AWS_SHARED_CREDENTIALS_FILE": repository + "/.no-aws-credentials",
            "AWS_EC2_METADATA_DISABLED": "true",
        ]
        let clock = ManualClock()
        let configuration = AWSClient.Configuration(
            credentials: StaticCredentialProvider(AWSCredentials(accessKeyId: keys.accessKeyId,
                                                                 secretAccessKey: keys.secretAccessKey)),
            region: "us-east-1",
            endpoints: EndpointResolver(environment: environment, sharedConfig: SharedConfig(), profile: nil),
            clock: clock, random: { 0.5 }, scope: "test")
        return PlanHarness(backend: backend, repository: repository, environment: environment, clock: clock,
                           operatorClient: AWSClient(configuration: configuration))
    }

    /// Replaces the repository's manifests with `files`.
    func write(_ files: [String: String]) throws {
        let manager = FileManager.default
        for entry in try manager.contentsOfDirectory(atPath: repository) where !entry.hasPrefix(".") {
            try manager.removeItem(atPath: repository + "/" + entry)
        }
        for (path, text) in files {
            let full = repository + "/" + path
            try manager.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                        withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
    }

    /// Runs `orgops <arguments> --repo <repository>` in-process, with `extra` over the environment.
    func run(_ arguments: [String], environment extra: [String: String] = [:]) async -> CLIRun {
        let out = OutputBuffer()
        let err = OutputBuffer()
        let registry = CommandRegistry(abstract: "orgops under test", commands: [
            PlanCommand(clock: clock), ApplyCommand(clock: clock),
        ])
        let status = await Application.run(arguments: arguments + ["--repo", repository],
                                           environment: environment.merging(extra) { $1 },
                                           stdout: out, stderr: err, registry: registry)
        return CLIRun(status: status, stdout: out.text, stderr: err.text)
    }

    /// Organizations of `account`, acting through its `orgops` role (for seeding and drift).
    func organizations(_ account: String) async throws -> OrganizationsAPI {
        let output = try await STSAPI(client: operatorClient).assumeRole(
            .init(roleArn: "arn:aws:iam::\(account):role/orgops", roleSessionName: "orgops-tests"))
        guard let credentials = output.credentials, let key = credentials.accessKeyId,
              let secret = credentials.secretAccessKey else {
            throw AWSServicesError(code: "NoCredentials", message: "assume role into \(account) gave no credentials")
        }
        let provider = StaticCredentialProvider(AWSCredentials(accessKeyId: key, secretAccessKey: secret,
                                                               sessionToken: credentials.sessionToken))
        return OrganizationsAPI(client: operatorClient.with(credentials: provider, scope: account))
    }
}
