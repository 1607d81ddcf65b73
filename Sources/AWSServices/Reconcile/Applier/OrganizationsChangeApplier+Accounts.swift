import AWSClient
import OrgModel

extension OrganizationsChangeApplier {
    /// Takes an existing account over: checks it is a member, tags it (ownership tag included), records its ID.
    func adoptAccount(_ account: AccountReference, tags: [String: String], step: ApplyStep) async throws
        -> ActionOutcome {
        let id = try step.context.resolve(account)
        _ = try await step.api.describeAccount(.init(accountId: id))
        _ = try await tag(id, tags, step: step)
        if let name = account.name { step.context.recordAccount(name: name, id: id) }
        return ActionOutcome(resourceId: id)
    }

    /// MoveAccount; an account already in the destination counts as moved.
    func moveAccount(_ account: AccountReference, from: OUReference, to: OUReference, step: ApplyStep) async throws
        -> ActionOutcome {
        let id = try step.context.resolve(account)
        let source = try step.context.resolve(from)
        let destination = try step.context.resolve(to)
        guard source != destination else { return ActionOutcome(resourceId: id) }
        return try await step.tolerating(["DuplicateAccountException"], ActionOutcome(resourceId: id)) {
            try await step.api.moveAccount(.init(accountId: id, sourceParentId: source, destinationParentId: destination))
            return ActionOutcome(resourceId: id)
        }
    }

    /// RemoveAccountFromOrganization; an account no longer a member counts as removed.
    func removeAccount(_ account: AccountReference, step: ApplyStep) async throws -> ActionOutcome {
        let id = try step.context.resolve(account)
        return try await step.tolerating(["AccountNotFoundException"], ActionOutcome(resourceId: id)) {
            try await step.api.removeAccountFromOrganization(.init(accountId: id))
            return ActionOutcome(resourceId: id)
        }
    }

    /// CloseAccount; one already closing counts as closed.
    func closeAccount(_ account: AccountReference, step: ApplyStep) async throws -> ActionOutcome {
        let id = try step.context.resolve(account)
        return try await step.tolerating(["AccountAlreadyClosedException"], ActionOutcome(resourceId: id)) {
            try await step.api.closeAccount(.init(accountId: id))
            return ActionOutcome(resourceId: id)
        }
    }
}
