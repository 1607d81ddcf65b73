import Synchronization

/// The IDs known while a plan is applied: those the plan already had, plus those actions create.
///
/// A plan names things that do not exist yet symbolically (an OU by path, an
/// account by manifest name, a policy by name); as each create completes, its
/// ID is recorded here so the actions depending on it can resolve their
/// references. Shared by concurrently running actions, hence the lock.
public final class ApplyContext: Sendable {
    private struct State {
        var organizationId: String?
        var rootId: String?
        var organizationalUnits: [String: String] = [:]
        var accounts: [String: String] = [:]
        var policies: [String: String] = [:]
    }

    private let state: Mutex<State>

    /// Creates a context seeded with what the live snapshot already has (root, OUs by path).
    public init(live: LiveOrganization) {
        var seed = State(organizationId: live.organizationId, rootId: live.rootId)
        for unit in live.organizationalUnits { seed.organizationalUnits[unit.path] = unit.id }
        state = Mutex(seed)
    }

    /// Creates an empty context for an organization that does not exist yet.
    public init(organizationId: String? = nil, rootId: String? = nil) {
        state = Mutex(State(organizationId: organizationId, rootId: rootId))
    }

    /// The organization's ID, once it exists.
    public var organizationId: String? { state.withLock { $0.organizationId } }

    /// Records the organization created by `createOrganization`.
    public func recordOrganization(id: String, rootId: String) {
        state.withLock {
            $0.organizationId = id
            $0.rootId = rootId
        }
    }

    /// Records a created OU by path.
    public func recordOrganizationalUnit(path: String, id: String) {
        state.withLock { $0.organizationalUnits[path] = id }
    }

    /// Records a created or adopted account by manifest name.
    public func recordAccount(name: String, id: String) {
        state.withLock { $0.accounts[name] = id }
    }

    /// Records a created policy by manifest name.
    public func recordPolicy(name: String, id: String) {
        state.withLock { $0.policies[name] = id }
    }

    /// The root's ID.
    public func rootId() throws(ApplyError) -> String {
        guard let id = state.withLock({ $0.rootId }) else {
            throw ApplyError(code: "unresolved-root", message: "the organization's root is not known yet; was the organization created?")
        }
        return id
    }

    /// The ID of an OU (or the root for `/`).
    public func resolve(_ ou: OUReference) throws(ApplyError) -> String {
        if let id = ou.id { return id }
        if ou.isRoot { return try rootId() }
        guard let id = state.withLock({ $0.organizationalUnits[ou.path] }) else {
            throw ApplyError(code: "unresolved-ou", message: "no id is known for ou '\(ou.path)'; its create action did not succeed")
        }
        return id
    }

    /// The ID of an account.
    public func resolve(_ account: AccountReference) throws(ApplyError) -> String {
        if let id = account.id { return id }
        guard let name = account.name, let id = state.withLock({ $0.accounts[name] }) else {
            throw ApplyError(code: "unresolved-account",
                             message: "no id is known for account '\(account)'; its create action did not succeed")
        }
        return id
    }

    /// The ID of a policy.
    public func resolve(_ policy: PolicyReference) throws(ApplyError) -> String {
        if let id = policy.id { return id }
        guard let id = state.withLock({ $0.policies[policy.name] }) else {
            throw ApplyError(code: "unresolved-policy",
                             message: "no id is known for policy '\(policy.name)'; its create action did not succeed")
        }
        return id
    }

    /// The ID of an attachment target.
    public func resolve(_ target: TargetReference) throws(ApplyError) -> String {
        switch target {
        case .root(let id):
            if let id { return id }
            return try rootId()
        case .organizationalUnit(let ou): return try resolve(ou)
        case .account(let account): return try resolve(account)
        }
    }
}

/// A failure inside the apply machinery (not AWS's): a reference that cannot be resolved, a refused plan.
public struct ApplyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Stable code.
    public var code: String
    /// Lower-case, actionable message.
    public var message: String

    /// Creates an error.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(message) [\(code)]" }
}
