import AWSClient
import AWSServices
import Foundation
import Testing
import TestSupport

extension AWSServicesIntegrationTests {
    /// Injected faults with signature checking on: retried and re-signed, or surfaced at once.
    @Suite struct FaultIntegration {
        @Test func retryableFaultsOnEveryServiceAreRetriedAndResultsStayCorrect() async throws {
            let transport = GaugedTransport()
            try await IntegrationHarness.exclusive(retry: RetryPolicy(maxAttempts: 10), transport: transport) { harness in
                let (client, rootId) = try await harness.organization(IntegrationHarness.managementA)
                let services = ["organizations", "sso", "identitystore", "cloudformation", "sts"]
                // The first two requests of each service are throttled for sure, then 30 % of the rest.
                let throttles = services.map { AWSBackendFault(.throttle, service: $0, count: 2) }
                    + services.map { AWSBackendFault(.throttle, service: $0, share: 0.3) }
                try await harness.backend.setFaults(throttles + [
                    AWSBackendFault(.serverError(status: 503), service: "organizations", operation: "ListAccounts", count: 2),
                    AWSBackendFault(.serverError(status: 500), service: "sso", operation: "ListPermissionSets", count: 1),
                    AWSBackendFault(.drop, service: "organizations", operation: "ListRoots", count: 2),
                    AWSBackendFault(.drop, service: "cloudformation", operation: "ListStackSets", count: 1),
                ], seed: 11)
                let retriesBefore = IntegrationHarness.retries(client)
                var second = try await harness.management(IntegrationHarness.managementA)
                for _ in 1...3 {
                    second = try await harness.management(IntegrationHarness.managementA)
                }
                let organizations = OrganizationsAPI(client: second)
                for index in 1...4 {
                    _ = try await organizations.createOrganizationalUnit(.init(parentId: rootId, name: "unit-\(index)"))
                }
                let units = try await organizations.listAllOrganizationalUnitsForParent(.init(parentId: rootId))
                #expect(units.compactMap(\.name).sorted() == ["unit-1", "unit-2", "unit-3", "unit-4"])
                #expect(try await organizations.listAllRoots().map(\.id) == [rootId])
                #expect(try await organizations.listAllAccounts().count == 1)

                let sso = SSOAdminAPI(client: second)
                let instanceArn = try #require(try await sso.listAllInstances().first?.instanceArn)
                for name in ["Admin", "ReadOnly", "Billing"] {
                    _ = try await sso.createPermissionSet(.init(name: name, instanceArn: instanceArn, sessionDuration: "PT1H"))
                }
                #expect(try await sso.listAllPermissionSets(.init(instanceArn: instanceArn)).count == 3)
                let storeId = try #require(try await sso.listAllInstances().first?.identityStoreId)
                for _ in 1...4 {
                    #expect(try await IdentityStoreAPI(client: second).listAllGroups(.init(identityStoreId: storeId)).isEmpty)
                }
                let cloudFormation = CloudFormationAPI(client: second, region: "eu-west-1")
                _ = try await cloudFormation.createStackSet(.init(
                    stackSetName: "guardrails", templateBody: CloudFormationIntegration.template,
                    parameters: [.init(parameterKey: "Env", parameterValue: "prod")]))
                #expect(try await cloudFormation.listAllStackSets().compactMap(\.stackSetName) == ["guardrails"])
                for _ in 1...3 {
                    let described = try await cloudFormation.describeStackSet(.init(stackSetName: "guardrails"))
                    #expect(described.stackSet?.parameters == [.init(parameterKey: "Env", parameterValue: "prod")])
                }

                let fired = try await harness.firedFaults()
                for service in services {
                    #expect(fired["throttle:\(service)"] ?? 0 >= 2, "the first two \(service) requests were throttled")
                }
                #expect(fired["error"] == 3)
                #expect(fired["drop"] == 3)
                let retries = IntegrationHarness.retries(client) - retriesBefore
                #expect(retries == (fired["throttle"] ?? 0) + 6, "every injected fault was retried once, nothing else")
                #expect(IntegrationHarness.attempts(client, "organizations", "ListRoots") >= 3)
                let signed = transport.authorizations
                #expect(signed.count == client.calls.totalAttempts, "every attempt, first or retry, went out")
                #expect(signed.allSatisfy { $0.hasPrefix("AWS4-HMAC-SHA256 Credential=") }, "and each was signed")
                let called = client.calls.snapshot()
                #expect(Set(called.map(\.service)) == ["organizations", "sso-admin", "identitystore", "cloudformation", "sts"])
                for entry in called {
                    #expect(AWSOperationTable.contains(service: entry.service, operation: entry.operation),
                            "\(entry.service) \(entry.operation) was called but is not in the operation table")
                }
            }
        }

        @Test func nonRetryableErrorsSurfaceAtOnceWithCodeServiceAndOperation() async throws {
            try await IntegrationHarness.exclusive { harness in
                let (client, _) = try await harness.organization(IntegrationHarness.managementA)
                let invalid = await #expect(throws: AWSError.self) {
                    _ = try await OrganizationsAPI(client: client).listTagsForResource(.init(resourceId: "not-an-id"))
                }
                #expect(invalid?.code == "InvalidInputException")
                #expect(invalid?.service == "organizations")
                #expect(invalid?.operation == "ListTagsForResource")
                #expect(IntegrationHarness.attempts(client, "organizations", "ListTagsForResource") == 1)

                // The member role AWS (and moto) create has no permission policy: with IAM checked, every call is denied.
                let member = try await OrganizationsAPI(client: client).createAccountAndWait(
                    .init(email: "locked@example.com", accountName: "locked"), clock: harness.clock)
                let memberId = try #require(member.accountId)
                let denied = try await harness.management(memberId, role: "OrganizationAccountAccessRole")
                let before = IntegrationHarness.attempts(denied, "organizations", "ListRoots")
                let error = await #expect(throws: AWSError.self) {
                    _ = try await OrganizationsAPI(client: denied).listRoots()
                }
                #expect(error?.code == "AccessDenied")
                #expect(error?.httpStatus == 403)
                #expect(error?.service == "organizations")
                #expect(error?.operation == "ListRoots")
                #expect(IntegrationHarness.attempts(denied, "organizations", "ListRoots") - before == 1)
            }
        }

        @Test func throttlesSlowTheIdentityCenterRateThenItRecovers() async throws {
            try await IntegrationHarness.exclusive { harness in
                let (client, _) = try await harness.organization(IntegrationHarness.managementA)
                let sso = SSOAdminAPI(client: client)
                let scope = IntegrationHarness.managementA
                _ = try await sso.listAllInstances()
                #expect(client.limits.currentRate("identitycenter", scope: scope) == 20)

                try await harness.backend.setFaults([AWSBackendFault(.throttle, service: "sso", count: 3)], seed: 1)
                let throttled = await #expect(throws: AWSError.self) { _ = try await sso.listAllInstances() }
                #expect(throttled?.code == "ThrottlingException")
                let slowed = try #require(client.limits.currentRate("identitycenter", scope: scope))
                #expect(abs(slowed - 20 * 0.7 * 0.7 * 0.7) < 1e-9, "each of the three throttles cut the rate by 0.7")

                harness.clock.advance(by: .seconds(1))
                _ = try await sso.listAllInstances()
                let recovering = try #require(client.limits.currentRate("identitycenter", scope: scope))
                #expect(recovering > slowed && recovering < 20, "a success soon after recovers part of the rate")
                harness.clock.advance(by: .seconds(60))
                _ = try await IdentityStoreAPI(client: client).listAllGroups(
                    .init(identityStoreId: try #require(try await sso.listAllInstances().first?.identityStoreId)))
                #expect(client.limits.currentRate("identitycenter", scope: scope) == 20,
                        "throttle-free time restores the configured rate, shared with identitystore")
            }
        }

        @Test func asynchronousOperationsArePolledUntilTerminalWithAWSReason() async throws {
            try await IntegrationHarness.exclusive { harness in
                let (client, _) = try await harness.organization(IntegrationHarness.managementA)
                let organizations = OrganizationsAPI(client: client)
                try await harness.backend.setFaults([
                    AWSBackendFault(.asynchronous(polls: 2, seconds: 0, failure: nil, accounts: []), service: "organizations",
                                    operation: "CreateAccount", count: 1),
                ], seed: 1)
                let slow = try await organizations.createAccountAndWait(
                    .init(email: "slow@example.com", accountName: "slow"), policy: .createAccount, clock: harness.clock)
                #expect(slow.state == "SUCCEEDED")
                #expect(IntegrationHarness.attempts(client, "organizations", "DescribeCreateAccountStatus") == 3)
                #expect(harness.clock.sleeps == [.seconds(10), .seconds(10), .seconds(10)])

                try await harness.backend.setFaults([
                    AWSBackendFault(.asynchronous(polls: 1, seconds: 0, failure: "EMAIL_ALREADY_EXISTS", accounts: []),
                                    service: "organizations", operation: "CreateAccount", count: 1),
                ], seed: 1)
                let failure = await #expect(throws: AsyncOperationError.self) {
                    _ = try await organizations.createAccountAndWait(
                        .init(email: "dup@example.com", accountName: "dup"), clock: harness.clock)
                }
                #expect(failure?.code == "AsyncOperationFailed")
                #expect(failure?.reason == "EMAIL_ALREADY_EXISTS")
                #expect(failure?.status == "FAILED")
            }
        }

        @Test func twentyConcurrentAssignmentsNeverExceedTenInFlight() async throws {
            let transport = GaugedTransport()
            try await IntegrationHarness.exclusive(transport: transport) { harness in
                let (client, _) = try await harness.organization(IntegrationHarness.managementA)
                let member = try await OrganizationsAPI(client: client).createAccountAndWait(
                    .init(email: "wide@example.com", accountName: "wide"), clock: harness.clock)
                let accountId = try #require(member.accountId)
                let sso = SSOAdminAPI(client: client)
                let instanceArn = try #require(try await sso.listAllInstances().first?.instanceArn)
                let set = try await sso.createPermissionSet(.init(name: "Wide", instanceArn: instanceArn,
                                                                  sessionDuration: "PT1H"))
                let permissionSetArn = try #require(set.permissionSet?.permissionSetArn)
                try await harness.backend.setFaults([
                    AWSBackendFault(.latency(milliseconds: 150), service: "sso", operation: "CreateAccountAssignment"),
                ], seed: 1)
                let clock = harness.clock
                let statuses = try await withThrowingTaskGroup(of: String?.self) { group in
                    for index in 0..<20 {
                        group.addTask {
                            let status = try await sso.createAccountAssignmentAndWait(.init(
                                instanceArn: instanceArn, targetId: accountId, targetType: "AWS_ACCOUNT",
                                permissionSetArn: permissionSetArn, principalType: "USER",
                                principalId: "user-\(index)"), clock: clock)
                            return status.status
                        }
                    }
                    return try await group.reduce(into: [String?]()) { $0.append($1) }
                }
                #expect(statuses.count == 20)
                #expect(statuses.allSatisfy { $0 == "SUCCEEDED" })
                let peak = transport.peak("CreateAccountAssignment")
                #expect(peak <= 10, "at most 10 assignments outstanding")
                #expect(peak >= 2, "the calls did run concurrently")
                let limiter = try #require(client.limits.inflightLimiter("assignments", scope: IntegrationHarness.managementA))
                #expect(limiter.highWater == 10)
                #expect(limiter.inFlight == 0)
                let listed = try await sso.listAllAccountAssignments(
                    .init(instanceArn: instanceArn, accountId: accountId, permissionSetArn: permissionSetArn))
                #expect(listed.count == 20)
            }
        }
    }
}
