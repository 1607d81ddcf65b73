import AWSClient
import OperatorSupport
import OrgModel

/// One stack-set action in progress: the API, the set's identity and the helpers every action shares.
struct StackSetStep: Sendable {
    let api: CloudFormationAPI
    let organization: DesiredOrganization
    let identity: StackSetIdentity
    let context: ApplyContext
    let clock: any OperatorClock
    let wait: WaitPolicy
    let secrets: any StackSetSecretResolver

    var callAs: String? { identity.callAs == "SELF" ? nil : identity.callAs }
    var name: String { identity.stackSetName }

    func perform(_ kind: StackSetAction) async throws -> ActionOutcome {
        switch kind {
        case .create(let definition): return try await create(definition)
        case .update(let definition): return try await update(definition)
        case .createInstances(let batch): return try await createInstances(batch)
        case .updateInstances(let batch): return try await updateInstances(batch)
        case .deleteInstances(let batch): return try await deleteInstances(batch)
        case .delete: return try await deleteStackSet()
        }
    }

    /// Waits for an operation found running on the set (a previous pass's, or one started by hand).
    func waitForRunningOperation() async throws {
        let listed: CloudFormationAPI.ListStackSetOperationsResponse
        do {
            listed = try await api.listStackSetOperations(.init(stackSetName: name, maxResults: 5, callAs: callAs))
        } catch let error as AWSError where error.code == "StackSetNotFoundException" {
            return
        }
        for operation in listed.summaries ?? [] where ["RUNNING", "QUEUED", "STOPPING"].contains(operation.status ?? "") {
            guard let id = operation.operationId else { continue }
            _ = try? await api.waitForStackSetOperation(stackSetName: name, operationId: id, callAs: callAs,
                                                        policy: wait, clock: clock)
        }
    }

    /// Starts an operation, waiting out `OperationInProgressException` the client's retries did not absorb.
    func start(_ call: @Sendable () async throws -> String?) async throws -> String {
        var attempt = 0
        while true {
            do {
                guard let id = try await call() else {
                    throw AWSServicesError.missingMember(service: "cloudformation", operation: "StackSetOperation",
                                                         member: "OperationId")
                }
                return id
            } catch let error as AWSError where error.code == "OperationInProgressException" && attempt < 5 {
                attempt += 1
                try await waitForRunningOperation()
                try await clock.sleep(for: wait.interval)
            }
        }
    }

    /// Waits for the operation; instances that failed are reported with AWS's reasons.
    func finish(_ operationId: String, verb: String) async throws -> ActionOutcome {
        var failed = false
        var operationReason: String?
        do {
            let operation = try await api.waitForStackSetOperation(stackSetName: name, operationId: operationId,
                                                                   callAs: callAs, policy: wait, clock: clock)
            failed = (operation.statusDetails?.failedStackInstancesCount ?? 0) > 0
        } catch let error as AsyncOperationError where error.code != "WaitTimedOut" {
            failed = true
            operationReason = error.message
        }
        guard failed else { return ActionOutcome(resourceId: operationId, detail: "operation \(operationId) succeeded") }
        let results = try await api.listAllStackSetOperationResults(
            .init(stackSetName: name, operationId: operationId, callAs: callAs))
        let failures = results.compactMap { result -> StackInstanceFailure? in
            guard let status = result.status, ["FAILED", "CANCELLED"].contains(status) else { return nil }
            return StackInstanceFailure(account: result.account ?? "?", region: result.region ?? "?", status: status,
                                        reason: result.statusReason ?? result.accountGateResult?.statusReason ?? "")
        }.sorted { ($0.account, $0.region) < ($1.account, $1.region) }
        if failures.isEmpty, let operationReason {
            throw StackSetReconcileError(code: StackSetReconcileError.Code.operationFailed,
                                         organization: organization.name, stackSet: name, operation: verb,
                                         message: "operation \(operationId) failed: \(operationReason)")
        }
        let succeeded = results.count - failures.count
        throw StackSetReconcileError(
            code: StackSetReconcileError.Code.instancesFailed, organization: organization.name, stackSet: name,
            operation: verb,
            message: "operation \(operationId) failed for \(failures.count) of \(results.count) instances "
                + "(\(succeeded) succeeded): " + failures.map(\.description).joined(separator: "; "),
            failures: failures)
    }

    /// The declared set this action belongs to.
    func desired() throws -> DesiredStackSet {
        guard let found = organization.stackSets.first(where: { $0.stackSetName == name }) else {
            throw StackSetReconcileError(code: StackSetReconcileError.Code.noManifest, organization: organization.name,
                                         stackSet: name, operation: "apply",
                                         message: "no stack set manifest named '\(name)' in organization '\(organization.name)'")
        }
        return found
    }
}
