import AWSClient
import OperatorSupport

extension SSOAdminAPI {
    /// Waits until an assignment creation is `SUCCEEDED`, polling
    /// `DescribeAccountAssignmentCreationStatus` only while it is `IN_PROGRESS`.
    public func waitForAccountAssignmentCreation(
        instanceArn: String, _ status: AccountAssignmentOperationStatus,
        policy: WaitPolicy = .identityCenter, clock: any OperatorClock
    ) async throws -> AccountAssignmentOperationStatus {
        let requestId = try Self.requestId(status.requestId, operation: "CreateAccountAssignment")
        return try await Self.assignmentWaiter("CreateAccountAssignment", requestId, policy, clock)
            .wait(from: status) {
                let output = try await describeAccountAssignmentCreationStatus(
                    .init(instanceArn: instanceArn, accountAssignmentCreationRequestId: requestId))
                return try Self.present(output.accountAssignmentCreationStatus,
                                        "DescribeAccountAssignmentCreationStatus")
            }
    }

    /// Waits until an assignment deletion is `SUCCEEDED`, polling
    /// `DescribeAccountAssignmentDeletionStatus` only while it is `IN_PROGRESS`.
    public func waitForAccountAssignmentDeletion(
        instanceArn: String, _ status: AccountAssignmentOperationStatus,
        policy: WaitPolicy = .identityCenter, clock: any OperatorClock
    ) async throws -> AccountAssignmentOperationStatus {
        let requestId = try Self.requestId(status.requestId, operation: "DeleteAccountAssignment")
        return try await Self.assignmentWaiter("DeleteAccountAssignment", requestId, policy, clock)
            .wait(from: status) {
                let output = try await describeAccountAssignmentDeletionStatus(
                    .init(instanceArn: instanceArn, accountAssignmentDeletionRequestId: requestId))
                return try Self.present(output.accountAssignmentDeletionStatus,
                                        "DescribeAccountAssignmentDeletionStatus")
            }
    }

    /// Waits until provisioning a permission set is `SUCCEEDED`, polling
    /// `DescribePermissionSetProvisioningStatus` only while it is `IN_PROGRESS`.
    public func waitForPermissionSetProvisioning(
        instanceArn: String, _ status: PermissionSetProvisioningStatus,
        policy: WaitPolicy = .identityCenter, clock: any OperatorClock
    ) async throws -> PermissionSetProvisioningStatus {
        let requestId = try Self.requestId(status.requestId, operation: "ProvisionPermissionSet")
        let waiter = AsyncOperationWaiter<PermissionSetProvisioningStatus>(
            service: Operation.service.name, operation: "ProvisionPermissionSet", requestId: requestId,
            clock: clock, policy: policy) { Self.state(status: $0.status, reason: $0.failureReason) }
        return try await waiter.wait(from: status) {
            let output = try await describePermissionSetProvisioningStatus(
                .init(instanceArn: instanceArn, provisionPermissionSetRequestId: requestId))
            return try Self.present(output.permissionSetProvisioningStatus, "DescribePermissionSetProvisioningStatus")
        }
    }

    /// Creates an assignment and waits for it, holding one `assignments` permit of the client's scope
    /// from the request to the end of the wait: AWS counts an assignment as outstanding until it ends
    /// (at most 10), not just while the call is on the wire.
    public func createAccountAssignmentAndWait(
        _ input: CreateAccountAssignmentRequest, policy: WaitPolicy = .identityCenter, clock: any OperatorClock
    ) async throws -> AccountAssignmentOperationStatus {
        try await client.limits.withPermit("assignments", scope: client.configuration.scope) {
            let output: CreateAccountAssignmentResponse = try await client.invokeJSON(
                Operation.createAccountAssignment, input: input, region: region)
            let status = try Self.present(output.accountAssignmentCreationStatus, "CreateAccountAssignment")
            return try await waitForAccountAssignmentCreation(instanceArn: input.instanceArn, status,
                                                              policy: policy, clock: clock)
        }
    }

    /// Deletes an assignment and waits for it, holding one `assignments` permit throughout.
    public func deleteAccountAssignmentAndWait(
        _ input: DeleteAccountAssignmentRequest, policy: WaitPolicy = .identityCenter, clock: any OperatorClock
    ) async throws -> AccountAssignmentOperationStatus {
        try await client.limits.withPermit("assignments", scope: client.configuration.scope) {
            let output: DeleteAccountAssignmentResponse = try await client.invokeJSON(
                Operation.deleteAccountAssignment, input: input, region: region)
            let status = try Self.present(output.accountAssignmentDeletionStatus, "DeleteAccountAssignment")
            return try await waitForAccountAssignmentDeletion(instanceArn: input.instanceArn, status,
                                                              policy: policy, clock: clock)
        }
    }

    /// Provisions a permission set to its accounts and waits until provisioning ends.
    public func provisionPermissionSetAndWait(
        _ input: ProvisionPermissionSetRequest, policy: WaitPolicy = .identityCenter, clock: any OperatorClock
    ) async throws -> PermissionSetProvisioningStatus {
        let output = try await provisionPermissionSet(input)
        let status = try Self.present(output.permissionSetProvisioningStatus, "ProvisionPermissionSet")
        return try await waitForPermissionSetProvisioning(instanceArn: input.instanceArn, status,
                                                          policy: policy, clock: clock)
    }

    /// Identity Center's three-valued status (`IN_PROGRESS`, `FAILED`, `SUCCEEDED`).
    static func state(status: String?, reason: String?) -> (AsyncState, String) {
        let value = status ?? "IN_PROGRESS"
        switch value {
        case "SUCCEEDED": return (.succeeded, value)
        case "FAILED": return (.failed(reason: reason ?? ""), value)
        default: return (.pending, value)
        }
    }

    static func assignmentWaiter(_ operation: String, _ requestId: String, _ policy: WaitPolicy,
                                 _ clock: any OperatorClock) -> AsyncOperationWaiter<AccountAssignmentOperationStatus> {
        AsyncOperationWaiter(service: Operation.service.name, operation: operation, requestId: requestId,
                             clock: clock, policy: policy) { state(status: $0.status, reason: $0.failureReason) }
    }

    static func requestId(_ value: String?, operation: String) throws -> String {
        guard let value, !value.isEmpty else {
            throw AWSServicesError.missingMember(service: Operation.service.name, operation: operation,
                                                 member: "RequestId")
        }
        return value
    }

    static func present<Value>(_ value: Value?, _ operation: String) throws -> Value {
        guard let value else {
            throw AWSServicesError.missingMember(service: Operation.service.name, operation: operation,
                                                 member: "status")
        }
        return value
    }
}
