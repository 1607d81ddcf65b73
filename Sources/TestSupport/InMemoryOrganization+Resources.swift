import OrgModel

private func awsError(_ code: String, _ message: String) -> InMemoryOrganizationError {
    InMemoryOrganizationError(code: code, message: message)
}

extension InMemoryOrganization.State {
    /// Accounts and policies (the OU and settings cases are in `InMemoryOrganization+Apply.swift`).
    mutating func applyAccountOrPolicy(_ kind: ActionKind, context: ApplyContext) throws -> ActionOutcome {
        switch kind {
        case .createAccount(let new):
            return try createAccount(new, context: context)
        case .adoptAccount(let account, let tags):
            let id = try existingAccount(context.resolve(account))
            accounts[id]?.tags.merge(tags) { _, new in new }
            if let name = account.name { context.recordAccount(name: name, id: id) }
            return ActionOutcome(resourceId: id)
        case .moveAccount(let account, let from, let to):
            let id = try existingAccount(context.resolve(account))
            let source = try context.resolve(from)
            let destination = try context.resolve(to)
            guard accounts[id]?.parentId == source else { throw awsError("SourceParentNotFoundException", source) }
            guard isContainer(destination) else { throw awsError("DestinationParentNotFoundException", destination) }
            accounts[id]?.parentId = destination
        case .tagAccount(let account, let tags):
            let id = try existingAccount(context.resolve(account))
            accounts[id]?.tags.merge(tags) { _, new in new }
        case .untagAccount(let account, let keys):
            let id = try existingAccount(context.resolve(account))
            for key in keys { accounts[id]?.tags.removeValue(forKey: key) }
        case .releaseAccount(let account, let key):
            let id = try existingAccount(context.resolve(account))
            accounts[id]?.tags.removeValue(forKey: key)
        case .removeAccount(let account):
            let id = try existingAccount(context.resolve(account))
            accounts[id] = nil
            for policy in policies.keys { policies[policy]?.targets.remove(id) }
        case .closeAccount(let account):
            let id = try existingAccount(context.resolve(account))
            accounts[id]?.status = "SUSPENDED"
        case .createPolicy(let new):
            guard policyTypes.contains(new.type) else { throw awsError("PolicyTypeNotEnabledException", new.type) }
            guard !policies.values.contains(where: { $0.name == new.policyName && $0.type == new.type }) else {
                throw awsError("DuplicatePolicyException", new.policyName)
            }
            let id = insertPolicy(name: new.policyName, type: new.type, description: new.description,
                                  content: new.content, tags: new.tags)
            context.recordPolicy(name: new.name, id: id)
            return ActionOutcome(resourceId: id)
        case .updatePolicy(let policy, let name, let description, let content):
            let id = try existingPolicy(context.resolve(policy))
            if let name { policies[id]?.name = name }
            if let description { policies[id]?.description = description }
            if let content { policies[id]?.content = content }
        case .tagPolicy(let policy, let tags):
            let id = try existingPolicy(context.resolve(policy))
            policies[id]?.tags.merge(tags) { _, new in new }
        case .untagPolicy(let policy, let keys):
            let id = try existingPolicy(context.resolve(policy))
            for key in keys { policies[id]?.tags.removeValue(forKey: key) }
        case .deletePolicy(let policy):
            let id = try existingPolicy(context.resolve(policy))
            guard policies[id]?.targets.isEmpty == true else { throw awsError("PolicyInUseException", id) }
            policies[id] = nil
        case .attachPolicy(let policy, let target):
            let id = try existingPolicy(context.resolve(policy))
            let targetId = try context.resolve(target)
            guard isContainer(targetId) || accounts[targetId] != nil else { throw awsError("TargetNotFoundException", targetId) }
            guard policies[id]?.targets.insert(targetId).inserted == true else {
                throw awsError("DuplicatePolicyAttachmentException", "\(id) on \(targetId)")
            }
        case .detachPolicy(let policy, let target):
            let id = try existingPolicy(context.resolve(policy))
            let targetId = try context.resolve(target)
            guard policies[id]?.targets.contains(targetId) == true else {
                throw awsError("PolicyNotAttachedException", "\(id) on \(targetId)")
            }
            if let type = policies[id]?.type, type == Self.scp {
                let count = policies.values.filter { $0.type == type && $0.targets.contains(targetId) }.count
                guard count > 1 else {
                    throw awsError("ConstraintViolationException", "MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED on \(targetId)")
                }
            }
            policies[id]?.targets.remove(targetId)
        default:
            return .done
        }
        return .done
    }

    private mutating func createAccount(_ new: NewAccount, context: ApplyContext) throws -> ActionOutcome {
        let parent = try context.resolve(new.parent)
        guard isContainer(parent) else { throw awsError("ParentNotFoundException", parent) }
        let requestIndex: Int
        if let existing = new.existingRequestId, let index = requests.firstIndex(where: { $0.id == existing }) {
            requestIndex = index
        } else {
            guard !accounts.values.contains(where: { $0.email.lowercased() == new.email.lowercased() }) else {
                throw awsError("CreateAccountStatus.FAILED", "EMAIL_ALREADY_EXISTS \(new.email)")
            }
            createAccountCalls += 1
            requests.append(LiveCreateAccountRequest(id: "car-\(String(newId()))", accountName: new.accountName,
                                                     state: "IN_PROGRESS", accountId: nil, failureReason: nil))
            requestIndex = requests.count - 1
        }
        let id = insertAccount(name: new.accountName, email: new.email, parentId: rootId ?? "", tags: new.tags)
        requests[requestIndex].state = "SUCCEEDED"
        requests[requestIndex].accountId = id
        accounts[id]?.parentId = parent
        context.recordAccount(name: new.name, id: id)
        return ActionOutcome(resourceId: id)
    }
}
