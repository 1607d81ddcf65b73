import OrgModel

extension InMemoryOrganization {
    /// Reads the organization (tags only on a full read).
    public func readOrganization(_ organization: DesiredOrganization, options: ReadOptions) async throws -> LiveOrganization {
        state.withLock { $0.snapshot(includeTags: options.includeTags) }
    }

    /// Applies one action with Organizations' rules; yields once mid-way so concurrent applies overlap.
    public func apply(_ action: PlannedAction, in organization: DesiredOrganization,
                      context: ApplyContext) async throws -> ActionOutcome {
        state.withLock {
            $0.inFlight += 1
            $0.maxInFlight = max($0.maxInFlight, $0.inFlight)
        }
        await Task.yield()
        defer { state.withLock { $0.inFlight -= 1 } }
        let outcome = try state.withLock { state throws -> ActionOutcome in
            if let failure = state.failures[action.id] { throw failure }
            var copy = state
            let outcome = try copy.apply(action.kind, context: context)
            state = copy
            state.applied.append(action.id)
            return outcome
        }
        return outcome
    }
}

private func awsError(_ code: String, _ message: String) -> InMemoryOrganizationError {
    InMemoryOrganizationError(code: code, message: message)
}

extension InMemoryOrganization.State {
    mutating func apply(_ kind: ActionKind, context: ApplyContext) throws -> ActionOutcome {
        if case .createOrganization = kind {
            guard organizationId == nil else { throw awsError("AlreadyInOrganizationException", "already in an organization") }
            createOrganization()
            if let organizationId, let rootId { context.recordOrganization(id: organizationId, rootId: rootId) }
            return ActionOutcome(resourceId: organizationId)
        }
        guard organizationId != nil else { throw awsError("AWSOrganizationsNotInUseException", "no organization") }
        switch kind {
        case .createOrganization:
            return .done
        case .enablePolicyType(let type):
            guard !policyTypes.contains(type) else { throw awsError("PolicyTypeAlreadyEnabledException", type) }
            enablePolicyType(type)
        case .disablePolicyType(let type):
            guard policyTypes.remove(type) != nil else { throw awsError("PolicyTypeNotEnabledException", type) }
            for id in policies.keys where policies[id]?.type == type { policies[id]?.targets = [] }
        case .enableServiceAccess(let principal):
            services.insert(principal)
        case .disableServiceAccess(let principal):
            services.remove(principal)
        case .registerDelegatedAdministrator(let account, let principal):
            let id = try context.resolve(account)
            guard services.contains(principal) else {
                throw awsError("ConstraintViolationException", "SERVICE_ACCESS_NOT_ENABLED for \(principal)")
            }
            guard accounts[id] != nil, id != managementAccountId else { throw awsError("AccountNotFoundException", id) }
            guard admins.insert(LiveDelegatedAdministrator(accountId: id, servicePrincipal: principal)).inserted else {
                throw awsError("AccountAlreadyRegisteredException", id)
            }
        case .deregisterDelegatedAdministrator(let account, let principal):
            let id = try context.resolve(account)
            guard admins.remove(LiveDelegatedAdministrator(accountId: id, servicePrincipal: principal)) != nil else {
                throw awsError("AccountNotRegisteredException", id)
            }
        case .createOrganizationalUnit(let path, let name, let parent, let tags):
            let parentId = try context.resolve(parent)
            guard isContainer(parentId) else { throw awsError("ParentNotFoundException", parentId) }
            guard !ous.values.contains(where: { $0.parentId == parentId && $0.name == name }) else {
                throw awsError("DuplicateOrganizationalUnitException", name)
            }
            guard path.split(separator: "/").count <= 5 else {
                throw awsError("ConstraintViolationException", "OU_DEPTH_LIMIT_EXCEEDED")
            }
            let id = insertOU(name: name, parentId: parentId, tags: tags)
            context.recordOrganizationalUnit(path: path, id: id)
            return ActionOutcome(resourceId: id)
        case .renameOrganizationalUnit(let ou, let name):
            let id = try existingOU(context.resolve(ou))
            let parentId = ous[id]?.parentId
            guard !ous.contains(where: { $0.key != id && $0.value.parentId == parentId && $0.value.name == name }) else {
                throw awsError("DuplicateOrganizationalUnitException", name)
            }
            ous[id]?.name = name
        case .tagOrganizationalUnit(let ou, let tags):
            let id = try existingOU(context.resolve(ou))
            ous[id]?.tags.merge(tags) { _, new in new }
        case .untagOrganizationalUnit(let ou, let keys):
            let id = try existingOU(context.resolve(ou))
            for key in keys { ous[id]?.tags.removeValue(forKey: key) }
        case .deleteOrganizationalUnit(let ou):
            let id = try existingOU(context.resolve(ou))
            guard !ous.values.contains(where: { $0.parentId == id }),
                  !accounts.values.contains(where: { $0.parentId == id && $0.status == "ACTIVE" }) else {
                throw awsError("OrganizationalUnitNotEmptyException", "ou \(id) still has children")
            }
            ous[id] = nil
            for policy in policies.keys { policies[policy]?.targets.remove(id) }
        default:
            return try applyAccountOrPolicy(kind, context: context)
        }
        return .done
    }

    private func existingOU(_ id: String) throws -> String {
        guard ous[id] != nil else { throw awsError("OrganizationalUnitNotFoundException", id) }
        return id
    }

    func existingAccount(_ id: String) throws -> String {
        guard accounts[id] != nil else { throw awsError("AccountNotFoundException", id) }
        return id
    }

    func existingPolicy(_ id: String) throws -> String {
        guard policies[id] != nil else { throw awsError("PolicyNotFoundException", id) }
        return id
    }
}
