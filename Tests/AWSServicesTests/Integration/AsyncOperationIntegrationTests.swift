import AWSClient
import AWSServices
import Foundation
import Testing
import TestSupport

extension AWSServicesIntegrationTests {
    /// The waiting helpers against operations the server keeps IN_PROGRESS for several polls, or ends FAILED:
    /// each kind polls only while pending, sleeps on the injected clock, and surfaces AWS's reason.
    @Suite struct AsyncOperationIntegration {
        /// A management account with an organization, one member account and the Identity Center instance.
        struct IdentityCenterSetup {
            let client: AWSClient
            let accountId: String
            let instanceArn: String
            let permissionSetArn: String
        }

        private func identityCenter(_ harness: IntegrationHarness) async throws -> IdentityCenterSetup {
            let (client, _) = try await harness.organization(IntegrationHarness.managementA)
            let member = try await OrganizationsAPI(client: client).createAccountAndWait(
                .init(email: "async@example.com", accountName: "async"), clock: harness.clock)
            let sso = SSOAdminAPI(client: client)
            let instanceArn = try #require(try await sso.listAllInstances().first?.instanceArn)
            let created = try await sso.createPermissionSet(.init(name: "Async", instanceArn: instanceArn))
            return IdentityCenterSetup(client: client, accountId: try #require(member.accountId),
                                       instanceArn: instanceArn,
                                       permissionSetArn: try #require(created.permissionSet?.permissionSetArn))
        }

        private func slow(_ operation: String, service: String, polls: Int) -> AWSBackendFault {
            AWSBackendFault(.asynchronous(polls: polls, seconds: 0, failure: nil, accounts: []), service: service,
                            operation: operation, count: 1)
        }

        private func failing(_ operation: String, service: String, reason: String,
                             accounts: [String] = []) -> AWSBackendFault {
            AWSBackendFault(.asynchronous(polls: 2, seconds: 0, failure: reason, accounts: accounts), service: service,
                            operation: operation, count: 1)
        }

        @Test func accountAssignmentCreationAndDeletionSlowThenFailed() async throws {
            try await IntegrationHarness.exclusive { harness in
                let setup = try await identityCenter(harness)
                let sso = SSOAdminAPI(client: setup.client)
                let assignment = { (principal: String) in
                    SSOAdminAPI.CreateAccountAssignmentRequest(
                        instanceArn: setup.instanceArn, targetId: setup.accountId, targetType: "AWS_ACCOUNT",
                        permissionSetArn: setup.permissionSetArn, principalType: "USER", principalId: principal)
                }
                let removal = { (principal: String) in
                    SSOAdminAPI.DeleteAccountAssignmentRequest(
                        instanceArn: setup.instanceArn, targetId: setup.accountId, targetType: "AWS_ACCOUNT",
                        permissionSetArn: setup.permissionSetArn, principalType: "USER", principalId: principal)
                }
                try await harness.backend.setFaults([slow("CreateAccountAssignment", service: "sso", polls: 3)], seed: 1)
                let sleepsBefore = harness.clock.sleeps.count
                let created = try await sso.createAccountAssignmentAndWait(assignment("user-slow"), clock: harness.clock)
                #expect(created.status == "SUCCEEDED")
                // IN_PROGRESS when started and for three reads; the fourth read finds it done
                #expect(IntegrationHarness.attempts(setup.client, "sso-admin", "DescribeAccountAssignmentCreationStatus") == 4)
                #expect(harness.clock.sleeps.dropFirst(sleepsBefore).filter { $0 == .seconds(2) }.count == 4,
                        "one poll interval after the start and after each IN_PROGRESS read")

                let reason = "Received a 404 status error: No principal user-gone in the identity store"
                try await harness.backend.setFaults([failing("CreateAccountAssignment", service: "sso", reason: reason)],
                                                    seed: 1)
                let refused = await #expect(throws: AsyncOperationError.self) {
                    _ = try await sso.createAccountAssignmentAndWait(assignment("user-gone"), clock: harness.clock)
                }
                #expect(refused?.code == "AsyncOperationFailed")
                #expect(refused?.operation == "CreateAccountAssignment")
                #expect(refused?.status == "FAILED")
                #expect(refused?.reason == reason)
                let listed = try await sso.listAllAccountAssignments(.init(
                    instanceArn: setup.instanceArn, accountId: setup.accountId, permissionSetArn: setup.permissionSetArn))
                #expect(listed.compactMap(\.principalId) == ["user-slow"], "a failed creation leaves no assignment")

                try await harness.backend.setFaults([slow("DeleteAccountAssignment", service: "sso", polls: 3)], seed: 1)
                let deleted = try await sso.deleteAccountAssignmentAndWait(removal("user-slow"), clock: harness.clock)
                #expect(deleted.status == "SUCCEEDED")
                #expect(IntegrationHarness.attempts(setup.client, "sso-admin", "DescribeAccountAssignmentDeletionStatus") == 4)

                _ = try await sso.createAccountAssignmentAndWait(assignment("user-stuck"), clock: harness.clock)
                let stuck = "the account is being moved; try again"
                try await harness.backend.setFaults([failing("DeleteAccountAssignment", service: "sso", reason: stuck)],
                                                    seed: 1)
                let notDeleted = await #expect(throws: AsyncOperationError.self) {
                    _ = try await sso.deleteAccountAssignmentAndWait(removal("user-stuck"), clock: harness.clock)
                }
                #expect(notDeleted?.operation == "DeleteAccountAssignment")
                #expect(notDeleted?.reason == stuck)
                #expect(notDeleted?.message.contains(stuck) == true)
            }
        }

        @Test func permissionSetProvisioningSlowThenFailed() async throws {
            try await IntegrationHarness.exclusive { harness in
                let setup = try await identityCenter(harness)
                let sso = SSOAdminAPI(client: setup.client)
                let described = try await sso.describePermissionSet(
                    .init(instanceArn: setup.instanceArn, permissionSetArn: setup.permissionSetArn))
                #expect(described.permissionSet?.sessionDuration == "PT1H", "AWS's default, as the string AWS sends")
                let provision = SSOAdminAPI.ProvisionPermissionSetRequest(
                    instanceArn: setup.instanceArn, permissionSetArn: setup.permissionSetArn,
                    targetId: setup.accountId, targetType: "AWS_ACCOUNT")
                try await harness.backend.setFaults([slow("ProvisionPermissionSet", service: "sso", polls: 4)], seed: 1)
                let done = try await sso.provisionPermissionSetAndWait(provision, clock: harness.clock)
                #expect(done.status == "SUCCEEDED")
                #expect(IntegrationHarness.attempts(setup.client, "sso-admin", "DescribePermissionSetProvisioningStatus") == 5)

                let reason = "Policy arn:aws:iam::aws:policy/Missing does not exist in account \(setup.accountId)"
                try await harness.backend.setFaults([failing("ProvisionPermissionSet", service: "sso", reason: reason)],
                                                    seed: 1)
                let failed = await #expect(throws: AsyncOperationError.self) {
                    _ = try await sso.provisionPermissionSetAndWait(provision, clock: harness.clock)
                }
                #expect(failed?.operation == "ProvisionPermissionSet")
                #expect(failed?.status == "FAILED")
                #expect(failed?.reason == reason)
            }
        }

        @Test func stackSetOperationsSlowThenFailed() async throws {
            try await IntegrationHarness.exclusive { harness in
                let (client, _) = try await harness.organization(IntegrationHarness.managementA)
                let organizations = OrganizationsAPI(client: client)
                var members: [String] = []
                for name in ["left", "right"] {
                    let status = try await organizations.createAccountAndWait(
                        .init(email: "\(name)@example.com", accountName: name), clock: harness.clock)
                    members.append(try #require(status.accountId))
                }
                let cloudFormation = CloudFormationAPI(client: client, region: "eu-west-1")
                _ = try await cloudFormation.createStackSet(.init(
                    stackSetName: "async", templateBody: CloudFormationIntegration.template,
                    parameters: [.init(parameterKey: "Env", parameterValue: "prod")], permissionModel: "SELF_MANAGED"))

                try await harness.backend.setFaults([slow("CreateStackInstances", service: "cloudformation", polls: 3)],
                                                    seed: 1)
                let started = try await cloudFormation.createStackInstances(.init(
                    stackSetName: "async", accounts: members, regions: ["eu-west-1"]))
                let sleepsBefore = harness.clock.sleeps.count
                let finished = try await cloudFormation.waitForStackSetOperation(
                    stackSetName: "async", operationId: try #require(started.operationId), clock: harness.clock)
                #expect(finished.status == "SUCCEEDED")
                // the wait starts with a read (the start answer has no status): three RUNNING, then SUCCEEDED
                #expect(IntegrationHarness.attempts(client, "cloudformation", "DescribeStackSetOperation") == 4)
                #expect(Array(harness.clock.sleeps.dropFirst(sleepsBefore)) == Array(repeating: .seconds(15), count: 3))

                let reason = "Account \(members[1]) should have 'AWSCloudFormationStackSetExecutionRole' role"
                try await harness.backend.setFaults([failing("UpdateStackInstances", service: "cloudformation",
                                                             reason: reason, accounts: [members[1]])], seed: 1)
                let update = try await cloudFormation.updateStackInstances(.init(
                    stackSetName: "async", accounts: members, regions: ["eu-west-1"],
                    parameterOverrides: [.init(parameterKey: "Env", parameterValue: "staging")]))
                let operationId = try #require(update.operationId)
                let failed = await #expect(throws: AsyncOperationError.self) {
                    _ = try await cloudFormation.waitForStackSetOperation(
                        stackSetName: "async", operationId: operationId, clock: harness.clock)
                }
                #expect(failed?.code == "AsyncOperationFailed")
                #expect(failed?.requestId == operationId)
                #expect(failed?.status == "FAILED")
                #expect(failed?.reason == reason)
                let results = try await cloudFormation.listAllStackSetOperationResults(
                    .init(stackSetName: "async", operationId: operationId))
                let byAccount = Dictionary(results.compactMap { result in result.account.map { ($0, result) } },
                                           uniquingKeysWith: { first, _ in first })
                #expect(byAccount[members[1]]?.status == "FAILED")
                #expect(byAccount[members[1]]?.statusReason == reason)
                #expect(byAccount[members[0]]?.status == "SUCCEEDED")
            }
        }
    }
}
