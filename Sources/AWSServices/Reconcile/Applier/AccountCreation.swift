import AWSClient
import OperatorSupport
import OrgModel

/// One `createAccount` action: find or send the request, wait for it, move the account into its OU, tag it.
///
/// An apply killed at any point must never lead to a second account, so
/// before sending CreateAccount it looks, through the organization's
/// `CreateAccountLedger`, for a member account with the same email (the
/// request finished), an IN_PROGRESS request for the same account name (it
/// is still running), or a SUCCEEDED request for that name whose account is
/// not listed yet (checked with DescribeAccount, so a same-named account
/// of someone else is never taken); a plan-time `existingRequestId` is
/// waited for directly. A resumed account gets its tags and its move here,
/// since the earlier run may have died before them. Each request holds one
/// `create-account` permit of the organization's scope from sending (or
/// resuming) to its end, so at most five are in flight per organization.
struct AccountCreation: Sendable {
    let step: ApplyStep
    let ledger: CreateAccountLedger
    let wait: WaitPolicy
    let clock: any OperatorClock

    func run(_ account: NewAccount) async throws -> ActionOutcome {
        let client = step.api.client
        let (accountId, resumedFrom) = try await client.limits.withPermit("create-account",
                                                                          scope: client.configuration.scope) {
            try await obtain(account)
        }
        let rootId = try step.context.rootId()
        let destination = try step.context.resolve(account.parent)
        let current = resumedFrom == nil
            ? rootId : try await step.api.listAllParents(.init(childId: accountId)).first?.id ?? rootId
        if current != destination {
            try await step.api.moveAccount(.init(accountId: accountId, sourceParentId: current,
                                                 destinationParentId: destination))
        }
        if resumedFrom != nil, !account.tags.isEmpty {
            try await step.api.tagResource(.init(resourceId: accountId,
                                                 tags: OrganizationsChangeApplier.awsTags(account.tags)))
        }
        step.context.recordAccount(name: account.name, id: accountId)
        await ledger.recordAccount(accountName: account.accountName, email: account.email, accountId: accountId)
        return ActionOutcome(resourceId: accountId, detail: resumedFrom.map { "resumed from \($0)" })
    }

    /// The account's ID, and what it was resumed from (nil when this call created it).
    private func obtain(_ account: NewAccount) async throws -> (String, String?) {
        if let requestId = account.existingRequestId {
            return (try await waitFor(requestId: requestId), "request \(requestId)")
        }
        switch try await ledger.find(accountName: account.accountName, email: account.email, api: step.api) {
        case .account(let id):
            return (id, "existing account \(id)")
        case .request(let requestId):
            return (try await waitFor(requestId: requestId), "request \(requestId)")
        case .finished(let requestId, let accountId):
            if try await sameAccount(accountId, email: account.email) {
                return (accountId, "request \(requestId)")
            }
        case nil:
            break
        }
        return (try await create(account), nil)
    }

    /// Sends CreateAccount (tags included) and waits for it; the caller holds the permit.
    private func create(_ account: NewAccount) async throws -> String {
        let input = OrganizationsAPI.CreateAccountRequest(
            email: account.email, accountName: account.accountName, roleName: account.roleName,
            iamUserAccessToBilling: account.iamUserAccessToBilling,
            tags: account.tags.isEmpty ? nil : OrganizationsChangeApplier.awsTags(account.tags))
        let output: OrganizationsAPI.CreateAccountResponse = try await step.api.client.invokeJSON(
            OrganizationsAPI.Operation.createAccount, input: input, region: step.api.region)
        guard let status = output.createAccountStatus, let requestId = status.id else {
            throw missing("CreateAccount", "the request's Id")
        }
        await ledger.recordRequest(accountName: account.accountName, requestId: requestId)
        return try await finished(status)
    }

    /// Waits for a request sent earlier (by this process or one that died).
    private func waitFor(requestId: String) async throws -> String {
        let described = try await step.api.describeCreateAccountStatus(.init(createAccountRequestId: requestId))
        guard let status = described.createAccountStatus else {
            throw missing("DescribeCreateAccountStatus", "the request's status")
        }
        return try await finished(status)
    }

    private func finished(_ status: OrganizationsAPI.CreateAccountStatus) async throws -> String {
        let done = try await step.api.waitForCreateAccount(status, policy: wait, clock: clock)
        guard let accountId = done.accountId else {
            throw missing("DescribeCreateAccountStatus", "the new account's Id")
        }
        return accountId
    }

    /// Whether a finished request's account is a member with this email (not a same-named stranger).
    private func sameAccount(_ accountId: String, email: String) async throws -> Bool {
        do {
            let described = try await step.api.describeAccount(.init(accountId: accountId))
            return described.account?.email?.lowercased() == email.lowercased()
        } catch let error as AWSError where error.code == "AccountNotFoundException" {
            return false
        }
    }

    private func missing(_ operation: String, _ what: String) -> OrganizationsReconcileError {
        OrganizationsReconcileError(code: OrganizationsReconcileError.Code.incompleteAnswer,
                                    organization: step.organization, resource: step.resource,
                                    operation: operation, message: "aws answered without \(what)")
    }
}
