import AWSClient
import OperatorSupport
import OrgModel

/// Carries out planned Organizations actions over AWS, one call (or one short sequence) per action.
///
/// Every action is safe to repeat, because an apply killed half-way is
/// finished by the next one: an answer meaning "already so"
/// (`DuplicatePolicyAttachmentException`, `PolicyTypeAlreadyEnabledException`,
/// a duplicate OU or policy name) counts as done, and a create that finds its
/// resource already there adopts it and records its ID. CreateAccount is
/// never sent twice for one account: see `AccountCreation`. Ownership tags
/// arrive in the actions' tags (the planner adds them) and are written on
/// create or adopt. Retries of throttling and `ConcurrentModificationException`
/// are the client's; failures reach the executor as
/// `OrganizationsReconcileError`, naming organization, resource and AWS call
/// (an unresolvable reference stays the context's `ApplyError`).
public struct OrganizationsChangeApplier: ChangeApplier {
    /// Where each organization's client comes from.
    public let sessions: OrganizationSessions
    /// The clock every wait sleeps on.
    public let clock: any OperatorClock
    /// How CreateAccount requests are polled.
    public var createAccountWait: WaitPolicy
    /// How long an OU to delete may take to become empty (its accounts moved out by earlier actions).
    public var emptyWait: WaitPolicy
    let ledgers: CreateAccountLedgers

    /// Creates an applier; `ledgerLifetime` is how long a read of existing accounts and requests is trusted.
    public init(sessions: OrganizationSessions, clock: any OperatorClock, createAccountWait: WaitPolicy = .createAccount,
                emptyWait: WaitPolicy = WaitPolicy(interval: .seconds(5), timeout: .seconds(300)),
                ledgerLifetime: Duration = .seconds(60)) {
        self.sessions = sessions
        self.clock = clock
        self.createAccountWait = createAccountWait
        self.emptyWait = emptyWait
        self.ledgers = CreateAccountLedgers(clock: clock, lifetime: ledgerLifetime)
    }

    /// Carries out `action` in `organization`, resolving references through `context` and recording new IDs there.
    public func apply(_ action: PlannedAction, in organization: DesiredOrganization,
                      context: ApplyContext) async throws -> ActionOutcome {
        let step = ApplyStep(api: sessions.session(for: organization).organizations, organization: organization.name,
                             resource: action.resource.display, context: context)
        do {
            return try await perform(action.kind, step: step)
        } catch let error as ApplyError {
            throw error
        } catch {
            throw OrganizationsReconcileError.wrap(error, organization: organization.name,
                                                   resource: action.resource.display, operation: action.kind.verb)
        }
    }

    private func perform(_ kind: ActionKind, step: ApplyStep) async throws -> ActionOutcome {
        switch kind {
        case .createOrganization(let featureSet):
            return try await createOrganization(featureSet: featureSet, step: step)
        case .enablePolicyType(let type):
            return try await enablePolicyType(type, step: step)
        case .disablePolicyType(let type):
            return try await disablePolicyType(type, step: step)
        case .enableServiceAccess(let principal):
            try await step.api.enableAWSServiceAccess(.init(servicePrincipal: principal))
            return .done
        case .disableServiceAccess(let principal):
            try await step.api.disableAWSServiceAccess(.init(servicePrincipal: principal))
            return .done
        case .registerDelegatedAdministrator(let account, let principal):
            return try await registerDelegatedAdministrator(account, principal, step: step)
        case .deregisterDelegatedAdministrator(let account, let principal):
            return try await deregisterDelegatedAdministrator(account, principal, step: step)
        case .createOrganizationalUnit(let path, let name, let parent, let tags):
            return try await createOrganizationalUnit(path: path, name: name, parent: parent, tags: tags, step: step)
        case .renameOrganizationalUnit(let ou, let name):
            _ = try await step.api.updateOrganizationalUnit(.init(organizationalUnitId: try step.context.resolve(ou),
                                                                  name: name))
            return .done
        case .tagOrganizationalUnit(let ou, let tags):
            return try await tag(try step.context.resolve(ou), tags, step: step)
        case .untagOrganizationalUnit(let ou, let keys):
            return try await untag(try step.context.resolve(ou), keys, step: step)
        case .deleteOrganizationalUnit(let ou):
            return try await deleteOrganizationalUnit(ou, step: step)
        case .createAccount(let account):
            return try await AccountCreation(step: step, ledger: ledgers.ledger(for: step.organization),
                                             wait: createAccountWait, clock: clock).run(account)
        case .adoptAccount(let account, let tags):
            return try await adoptAccount(account, tags: tags, step: step)
        case .moveAccount(let account, let from, let to):
            return try await moveAccount(account, from: from, to: to, step: step)
        case .tagAccount(let account, let tags):
            return try await tag(try step.context.resolve(account), tags, step: step)
        case .untagAccount(let account, let keys):
            return try await untag(try step.context.resolve(account), keys, step: step)
        case .releaseAccount(let account, let key):
            return try await untag(try step.context.resolve(account), [key], step: step)
        case .removeAccount(let account):
            return try await removeAccount(account, step: step)
        case .closeAccount(let account):
            return try await closeAccount(account, step: step)
        case .createPolicy(let policy):
            return try await createPolicy(policy, step: step)
        case .updatePolicy(let policy, let name, let description, let content):
            _ = try await step.api.updatePolicy(.init(policyId: try step.context.resolve(policy), name: name,
                                                      description: description, content: content))
            return .done
        case .tagPolicy(let policy, let tags):
            return try await tag(try step.context.resolve(policy), tags, step: step)
        case .untagPolicy(let policy, let keys):
            return try await untag(try step.context.resolve(policy), keys, step: step)
        case .deletePolicy(let policy):
            return try await deletePolicy(policy, step: step)
        case .attachPolicy(let policy, let target):
            return try await attachPolicy(policy, to: target, step: step)
        case .detachPolicy(let policy, let target):
            return try await detachPolicy(policy, from: target, step: step)
        case .identityCenter:
            throw ApplyError(code: "not-an-organizations-action",
                             message: "'\(kind.verb)' is an identity center action; route it to IdentityCenterChangeApplier")
        case .stackSet:
            throw ApplyError(code: "not-an-organizations-action",
                             message: "'\(kind.verb)' is a stack set action; route it to StackSetChangeApplier")
        }
    }

    /// TagResource with the given tags; nothing to send for none.
    func tag(_ resourceId: String, _ tags: [String: String], step: ApplyStep) async throws -> ActionOutcome {
        guard !tags.isEmpty else { return .done }
        try await step.api.tagResource(.init(resourceId: resourceId, tags: Self.awsTags(tags)))
        return ActionOutcome(resourceId: resourceId)
    }

    /// UntagResource of the given keys (a key already absent is no error in AWS).
    func untag(_ resourceId: String, _ keys: [String], step: ApplyStep) async throws -> ActionOutcome {
        guard !keys.isEmpty else { return .done }
        try await step.api.untagResource(.init(resourceId: resourceId, tagKeys: keys.sorted()))
        return ActionOutcome(resourceId: resourceId)
    }

    /// Tags in AWS's shape, sorted by key so requests are stable.
    static func awsTags(_ tags: [String: String]) -> [OrganizationsAPI.Tag] {
        tags.sorted { $0.key < $1.key }.map { OrganizationsAPI.Tag(key: $0.key, value: $0.value) }
    }
}
