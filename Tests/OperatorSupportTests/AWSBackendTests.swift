import AWSClient
import Foundation
import OperatorSupport
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// This suite's own server: resetting the shared one would disturb other targets' suites running beside it.
private actor SuiteServer {
    static let instance = SuiteServer()
    private var backend: AWSBackend?

    func get() async throws -> AWSBackend {
        if let backend, backend.isRunning { return backend }
        let started = try await AWSBackend.start()
        backend = started
        return started
    }
}

/// The AWS API server for tests, driven over plain HTTP: start, reset, counting, faults, stop.
@Suite(.serialized) struct AWSBackendTests {
    private func exclusive<T>(seed: Int = 42, _ body: (AWSBackend) async throws -> T) async throws -> T {
        try await SuiteServer.instance.get().exclusive(seed: seed, body)
    }

    private func organizations(_ backend: AWSBackend, _ operation: String, account: String = "111111111111",
                               body: String = "{}") async throws -> (status: Int, body: String) {
        try await backend.unsignedJSONCall(target: "AWSOrganizationsV20161128.\(operation)", signingName: "organizations",
                                           account: account, body: body)
    }

    private let createOrganization = #"{"FeatureSet":"ALL"}"#

    @Test func sharedServerAnswersAndCountsCalls() async throws {
        try await exclusive { backend in
            #expect(backend.endpoint.host == "127.0.0.1")
            #expect(backend.isRunning)
            #expect(try await organizations(backend, "CreateOrganization", body: createOrganization).status == 200)
            _ = try await organizations(backend, "ListRoots")
            _ = try await organizations(backend, "ListRoots")
            #expect(try await backend.calls() == ["organizations:CreateOrganization": 1, "organizations:ListRoots": 2])
            let totals = try await backend.callTotals()
            #expect(totals.total == 3)
            #expect(totals.peakPerSecond >= 1)
            try await backend.resetCalls()
            #expect(try await backend.calls() == [:])
        }
    }

    @Test func resetClearsStateAndSeedsIds() async throws {
        let organizationId = { (text: String) in
            text.range(of: #"o-[a-z0-9]{10}"#, options: .regularExpression).map { String(text[$0]) }
        }
        let first = try await exclusive(seed: 7) { backend in
            try await organizations(backend, "CreateOrganization", body: createOrganization)
        }
        let again = try await exclusive(seed: 7) { backend in
            try await organizations(backend, "CreateOrganization", body: createOrganization)
        }
        #expect(again.status == 200)
        #expect(organizationId(first.body) != nil)
        #expect(organizationId(first.body) == organizationId(again.body))
    }

    @Test func faultsAreInjectedAndCleared() async throws {
        try await exclusive { backend in
            _ = try await organizations(backend, "CreateOrganization", body: createOrganization)
            try await backend.setFaults([
                AWSBackendFault(.throttle, service: "organizations", operation: "ListRoots", count: 1),
                AWSBackendFault(.serverError(status: 503), operation: "ListAccounts", count: 1),
            ])
            let throttled = try await organizations(backend, "ListRoots")
            #expect(throttled.status == 400)
            #expect(throttled.body.contains("TooManyRequestsException"))
            #expect(try await organizations(backend, "ListRoots").status == 200)
            #expect(try await organizations(backend, "ListAccounts").status == 503)
            try await backend.setFaults([AWSBackendFault(.throttle, operation: "ListAccounts")])
            try await backend.clearFaults()
            #expect(try await organizations(backend, "ListAccounts").status == 200)
        }
    }

    @Test func latencyIsAdded() async throws {
        try await exclusive { backend in
            _ = try await organizations(backend, "CreateOrganization", body: createOrganization)
            try await backend.setFaults([AWSBackendFault(.latency(milliseconds: 150), operation: "ListRoots")])
            let began = ContinuousClock.now
            #expect(try await organizations(backend, "ListRoots").status == 200)
            #expect(ContinuousClock.now - began >= .milliseconds(150))
        }
    }

    @Test func asynchronousFaultHoldsCreateAccountInProgress() async throws {
        try await exclusive { backend in
            _ = try await organizations(backend, "CreateOrganization", body: createOrganization)
            try await backend.setFaults([
                AWSBackendFault(.asynchronous(polls: 1, seconds: 0, failure: "EMAIL_ALREADY_EXISTS", accounts: []),
                                operation: "CreateAccount", count: 1),
            ])
            let started = try await organizations(backend, "CreateAccount",
                                                  body: #"{"Email":"x@example.com","AccountName":"x"}"#)
            #expect(started.body.contains(#""State": "IN_PROGRESS""#))
        }
    }

    @Test func bootstrapGivesKeysAndAuthCanBeToggled() async throws {
        try await exclusive { backend in
            let keys = try await backend.bootstrap(accountId: "111111111111", roleName: "orgops")
            #expect(keys.accessKeyId.hasPrefix("AKIA"))
            #expect(!keys.secretAccessKey.isEmpty)
            try await backend.setAuth(enforced: true)
            #expect(try await organizations(backend, "ListRoots").status == 403)
            try await backend.setAuth(enforced: false)
            #expect(try await organizations(backend, "ListRoots").status != 403)
        }
    }

    @Test func bootstrapKeysSignWithTheProjectClientWhileAuthIsOn() async throws {
        try await exclusive { backend in
            let keys = try await backend.bootstrap(accountId: "111111111111", roleName: "orgops")
            try await backend.setAuth(enforced: true)
            let user = StaticCredentialProvider(AWSCredentials(accessKeyId: keys.accessKeyId,
                                                               secretAccessKey: keys.secretAccessKey))
            let endpoints = EndpointResolver(environment: ["AWS_ENDPOINT_URL": backend.endpoint.absoluteString],
                                             sharedConfig: SharedConfig(), profile: nil)
            let client = AWSClient(configuration: AWSClient.Configuration(credentials: user, region: "us-east-1",
                                                                          endpoints: endpoints))
            #expect(try await client.stsClient.getCallerIdentity().account == "111111111111")
            let role = try await client.stsClient.assumeRole(
                roleArn: "arn:aws:iam::111111111111:role/orgops", sessionName: "orgops-test", externalId: nil,
                durationSeconds: nil, using: user)
            let assumed = client.with(credentials: StaticCredentialProvider(role), scope: "test")
            let identity = try await assumed.stsClient.getCallerIdentity()
            #expect(identity.arn == "arn:aws:sts::111111111111:assumed-role/orgops/orgops-test")
            #expect(try await backend.calls() == ["sts:GetCallerIdentity": 2, "sts:AssumeRole": 1])
            let stranger = AWSClient(configuration: AWSClient.Configuration(
                credentials: StaticCredentialProvider(AWSCredentials(accessKeyId: "AKIAUNKNOWNKEY000000", secretAccessKey: "x")),
                region: "us-east-1", endpoints: endpoints, retry: .none))
            await #expect(throws: (any Error).self) { try await stranger.stsClient.getCallerIdentity() }
        }
    }

    @Test func badControlRequestsAreTypedErrors() async throws {
        try await exclusive { backend in
            do {
                _ = try await backend.bootstrap(accountId: "12")
                Issue.record("expected the bootstrap of a bad account id to fail")
            } catch let error as AWSBackendError {
                #expect(error.code == "aws-backend-control-failed")
                #expect(error.message.contains("'12'"))
            }
        }
    }

    @Test func driftControlNamesAnUnknownStackSet() async throws {
        try await exclusive { backend in
            do {
                try await backend.markStackSetDrift(managementAccount: "111111111111", stackSetName: "missing",
                                                    account: "222222222222", region: "us-east-1")
                Issue.record("expected marking drift on a missing stack set to fail")
            } catch let error as AWSBackendError {
                #expect(error.message.contains("missing"))
            }
        }
    }

    @Test func sharedServerIsOnePerProcess() async throws {
        // read-only use: other targets' suites may be using the shared server right now
        let first = try await AWSBackend.shared()
        let second = try await AWSBackend.shared()
        #expect(first === second)
        #expect(first.isRunning)
    }

    @Test func ownServerStopsByPidAndLeavesNoProcess() async throws {
        let backend = try await AWSBackend.start()
        let pid = backend.pid
        #expect(pid > 0)
        #expect(kill(pid, 0) == 0)
        try await backend.reset()
        await backend.stop()
        #expect(!backend.isRunning)
        #expect(kill(pid, 0) == -1)
        await backend.stop()
    }
}
