import Foundation
import OperatorSupport
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The AWS API server for tests, driven over plain HTTP: start, reset, counting, faults, stop.
@Suite(.serialized) struct AWSBackendTests {
    private func organizations(_ backend: AWSBackend, _ operation: String, account: String = "111111111111",
                               body: String = "{}") async throws -> (status: Int, body: String) {
        try await backend.unsignedJSONCall(target: "AWSOrganizationsV20161128.\(operation)", signingName: "organizations",
                                           account: account, body: body)
    }

    @Test func sharedServerAnswersAndCountsCalls() async throws {
        let backend = try await AWSBackend.shared()
        try await backend.reset()
        #expect(backend.endpoint.host == "127.0.0.1")
        #expect(backend.isRunning)
        let created = try await organizations(backend, "CreateOrganization", body: #"{"FeatureSet":"ALL"}"#)
        #expect(created.status == 200)
        _ = try await organizations(backend, "ListRoots")
        _ = try await organizations(backend, "ListRoots")
        let calls = try await backend.calls()
        #expect(calls == ["organizations:CreateOrganization": 1, "organizations:ListRoots": 2])
        try await backend.resetCalls()
        #expect(try await backend.calls() == [:])
    }

    @Test func resetClearsStateAndSeedsIds() async throws {
        let backend = try await AWSBackend.shared()
        try await backend.reset(seed: 7)
        let first = try await organizations(backend, "CreateOrganization", body: #"{"FeatureSet":"ALL"}"#)
        try await backend.reset(seed: 7)
        let again = try await organizations(backend, "CreateOrganization", body: #"{"FeatureSet":"ALL"}"#)
        #expect(again.status == 200)
        let id = { (text: String) in text.range(of: #"o-[a-z0-9]{10}"#, options: .regularExpression).map { String(text[$0]) } }
        #expect(id(first.body) != nil)
        #expect(id(first.body) == id(again.body))
    }

    @Test func faultsAreInjectedAndCleared() async throws {
        let backend = try await AWSBackend.shared()
        try await backend.reset()
        _ = try await organizations(backend, "CreateOrganization", body: #"{"FeatureSet":"ALL"}"#)
        try await backend.setFaults([
            AWSBackendFault(.throttle, service: "organizations", operation: "ListRoots", count: 1),
            AWSBackendFault(.serverError(status: 503), operation: "ListAccounts", count: 1),
        ])
        let throttled = try await organizations(backend, "ListRoots")
        #expect(throttled.status == 400)
        #expect(throttled.body.contains("TooManyRequestsException"))
        #expect(try await organizations(backend, "ListRoots").status == 200)
        let failed = try await organizations(backend, "ListAccounts")
        #expect(failed.status == 503)
        try await backend.setFaults([AWSBackendFault(.throttle, operation: "ListAccounts")])
        try await backend.clearFaults()
        #expect(try await organizations(backend, "ListAccounts").status == 200)
    }

    @Test func asynchronousFaultHoldsCreateAccountInProgress() async throws {
        let backend = try await AWSBackend.shared()
        try await backend.reset()
        _ = try await organizations(backend, "CreateOrganization", body: #"{"FeatureSet":"ALL"}"#)
        try await backend.setFaults([
            AWSBackendFault(.asynchronous(polls: 1, seconds: 0, failure: "EMAIL_ALREADY_EXISTS", accounts: []),
                            operation: "CreateAccount", count: 1),
        ])
        let started = try await organizations(backend, "CreateAccount", body: #"{"Email":"x@example.com","AccountName":"x"}"#)
        #expect(started.body.contains(#""State": "IN_PROGRESS""#))
    }

    @Test func bootstrapGivesKeysAndAuthCanBeToggled() async throws {
        let backend = try await AWSBackend.shared()
        try await backend.reset()
        let keys = try await backend.bootstrap(accountId: "111111111111", roleName: "orgops")
        #expect(keys.accessKeyId.hasPrefix("AKIA"))
        #expect(!keys.secretAccessKey.isEmpty)
        try await backend.setAuth(enforced: true)
        let refused = try await organizations(backend, "ListRoots")
        #expect(refused.status == 403)
        try await backend.setAuth(enforced: false)
        #expect(try await organizations(backend, "ListRoots").status != 403)
    }

    @Test func badControlRequestsAreTypedErrors() async throws {
        let backend = try await AWSBackend.shared()
        await #expect(throws: AWSBackendError.self) {
            _ = try await backend.bootstrap(accountId: "12")
        }
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
