import AWSClient
import OperatorSupport

extension CloudFormationAPI {
    /// Waits until a StackSet operation is `SUCCEEDED`, polling `DescribeStackSetOperation` while it is
    /// `QUEUED`, `RUNNING` or `STOPPING`; `FAILED` or `STOPPED` throws `AsyncOperationError` with the
    /// operation's `StatusReason`.
    public func waitForStackSetOperation(stackSetName: String, operationId: String, callAs: String? = nil,
                                         policy: WaitPolicy = .stackSetOperation,
                                         clock: any OperatorClock) async throws -> StackSetOperation {
        let waiter = AsyncOperationWaiter<StackSetOperation>(
            service: Operation.service.name, operation: "StackSetOperation", requestId: operationId, clock: clock,
            policy: policy) { operation in
                let status = operation.status ?? "RUNNING"
                switch status {
                case "SUCCEEDED": return (.succeeded, status)
                case "FAILED", "STOPPED":
                    return (.failed(reason: operation.statusReason ?? operation.statusDetails?.failedStackInstancesCount
                        .map { "\($0) stack instances failed" } ?? ""), status)
                default: return (.pending, status)
                }
            }
        return try await waiter.wait(from: nil) {
            let output = try await describeStackSetOperation(
                .init(stackSetName: stackSetName, operationId: operationId, callAs: callAs))
            guard let operation = output.stackSetOperation else {
                throw AWSServicesError.missingMember(service: Operation.service.name,
                                                     operation: "DescribeStackSetOperation", member: "StackSetOperation")
            }
            return operation
        }
    }
}
