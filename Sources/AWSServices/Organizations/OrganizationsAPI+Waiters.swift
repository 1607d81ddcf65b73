import AWSClient
import OperatorSupport

extension OrganizationsAPI {
    /// Waits until an account request is `SUCCEEDED`, polling `DescribeCreateAccountStatus` only while it
    /// is `IN_PROGRESS`; a `FAILED` request throws `AsyncOperationError` with AWS's `FailureReason`.
    public func waitForCreateAccount(_ status: CreateAccountStatus, policy: WaitPolicy = .createAccount,
                                     clock: any OperatorClock) async throws -> CreateAccountStatus {
        guard let requestId = status.id else {
            throw AWSServicesError.missingMember(service: Operation.service.name, operation: "CreateAccount",
                                                 member: "CreateAccountStatus.Id")
        }
        let waiter = AsyncOperationWaiter<CreateAccountStatus>(
            service: Operation.service.name, operation: "CreateAccount", requestId: requestId, clock: clock,
            policy: policy) { status in
                let state = status.state ?? "IN_PROGRESS"
                switch state {
                case "SUCCEEDED": return (.succeeded, state)
                case "FAILED": return (.failed(reason: status.failureReason ?? ""), state)
                default: return (.pending, state)
                }
            }
        return try await waiter.wait(from: status) {
            let output = try await describeCreateAccountStatus(.init(createAccountRequestId: requestId))
            guard let current = output.createAccountStatus else {
                throw AWSServicesError.missingMember(service: Operation.service.name,
                                                     operation: "DescribeCreateAccountStatus",
                                                     member: "CreateAccountStatus")
            }
            return current
        }
    }

    /// Requests an account and waits for it, holding one `create-account` permit of the client's scope
    /// until the request ends (AWS runs only a few account creations at once); the result's `AccountId`
    /// is the new account.
    public func createAccountAndWait(_ input: CreateAccountRequest, policy: WaitPolicy = .createAccount,
                                     clock: any OperatorClock) async throws -> CreateAccountStatus {
        try await client.limits.withPermit("create-account", scope: client.configuration.scope) {
            let output: CreateAccountResponse = try await client.invokeJSON(
                Operation.createAccount, input: input, region: region)
            guard let status = output.createAccountStatus else {
                throw AWSServicesError.missingMember(service: Operation.service.name, operation: "CreateAccount",
                                                     member: "CreateAccountStatus")
            }
            return try await waitForCreateAccount(status, policy: policy, clock: clock)
        }
    }
}
