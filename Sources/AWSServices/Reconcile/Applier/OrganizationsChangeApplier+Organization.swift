import AWSClient
import OrgModel

extension OrganizationsChangeApplier {
    /// CreateOrganization, then records its ID and root; an organization that already exists is taken as it is.
    func createOrganization(featureSet: String, step: ApplyStep) async throws -> ActionOutcome {
        let organization: OrganizationsAPI.Organization?
        do {
            organization = try await step.api.createOrganization(.init(featureSet: featureSet)).organization
        } catch let error as AWSError where error.code == "AlreadyInOrganizationException" {
            organization = try await step.api.describeOrganization().organization
        }
        guard let id = organization?.id else {
            throw incomplete(step, "CreateOrganization", "the organization's Id")
        }
        guard let rootId = try await step.api.listAllRoots().first?.id else {
            throw incomplete(step, "ListRoots", "a root")
        }
        step.context.recordOrganization(id: id, rootId: rootId)
        return ActionOutcome(resourceId: id)
    }

    func enablePolicyType(_ type: String, step: ApplyStep) async throws -> ActionOutcome {
        let rootId = try step.context.rootId()
        return try await step.tolerating(["PolicyTypeAlreadyEnabledException"], .done) {
            _ = try await step.api.enablePolicyType(.init(rootId: rootId, policyType: type))
            return .done
        }
    }

    func disablePolicyType(_ type: String, step: ApplyStep) async throws -> ActionOutcome {
        let rootId = try step.context.rootId()
        return try await step.tolerating(["PolicyTypeNotEnabledException"], .done) {
            _ = try await step.api.disablePolicyType(.init(rootId: rootId, policyType: type))
            return .done
        }
    }

    func registerDelegatedAdministrator(_ account: AccountReference, _ principal: String,
                                        step: ApplyStep) async throws -> ActionOutcome {
        let accountId = try step.context.resolve(account)
        return try await step.tolerating(["AccountAlreadyRegisteredException"], .done) {
            try await step.api.registerDelegatedAdministrator(.init(accountId: accountId, servicePrincipal: principal))
            return .done
        }
    }

    func deregisterDelegatedAdministrator(_ account: AccountReference, _ principal: String,
                                          step: ApplyStep) async throws -> ActionOutcome {
        let accountId = try step.context.resolve(account)
        return try await step.tolerating(["AccountNotRegisteredException"], .done) {
            try await step.api.deregisterDelegatedAdministrator(.init(accountId: accountId,
                                                                      servicePrincipal: principal))
            return .done
        }
    }

    /// The error for an answer that lacks what the next step needs.
    func incomplete(_ step: ApplyStep, _ operation: String, _ what: String) -> OrganizationsReconcileError {
        OrganizationsReconcileError(code: OrganizationsReconcileError.Code.incompleteAnswer,
                                    organization: step.organization, resource: step.resource, operation: operation,
                                    message: "aws answered without \(what)")
    }
}
