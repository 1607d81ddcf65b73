import OrgModel
import Synchronization

/// A stateful, in-memory AWS Organization that behaves like the real one where the core depends on it.
///
/// It is both ports (`LiveStateReader` and `ChangeApplier`), so reconciler tests
/// plan against it, apply to it and plan again without AWS. It enforces the
/// rules that make ordering matter: OUs have parents and unique sibling names,
/// a non-empty OU cannot be deleted, a policy needs its type enabled, an
/// attached policy cannot be deleted, an entity keeps at least one SCP,
/// FullAWSAccess is attached to new entities, CreateAccount goes through a
/// request (`car-…`). Failures can be injected per action ID.
public final class InMemoryOrganization: LiveStateReader, ChangeApplier {
    struct OU {
        var name: String
        var parentId: String
        var tags: [String: String]
    }

    struct Account {
        var name: String
        var email: String
        var status: String
        var parentId: String
        var tags: [String: String]
    }

    struct Policy {
        var name: String
        var type: String
        var description: String
        var awsManaged: Bool
        var content: String
        var tags: [String: String]
        var targets: Set<String>
    }

    struct State {
        var organizationId: String?
        var rootId: String?
        var managementAccountId: String
        var featureSet = "ALL"
        var policyTypes: Set<String> = []
        var services: Set<String> = []
        var admins: Set<LiveDelegatedAdministrator> = []
        var ous: [String: OU] = [:]
        var accounts: [String: Account] = [:]
        var policies: [String: Policy] = [:]
        var requests: [LiveCreateAccountRequest] = []
        var nextId = 1
        var failures: [String: InMemoryOrganizationError] = [:]
        var applied: [String] = []
        var inFlight = 0
        var maxInFlight = 0
        var createAccountCalls = 0

        mutating func newId() -> Int {
            defer { nextId += 1 }
            return nextId
        }
    }

    let state: Mutex<State>

    /// Creates a management account with no organization yet.
    public init(managementAccountId: String) {
        state = Mutex(State(managementAccountId: managementAccountId))
    }

    /// Makes the action with this ID fail with the given AWS-style error code, every time it is tried.
    public func fail(actionId: String, code: String, message: String) {
        state.withLock { $0.failures[actionId] = InMemoryOrganizationError(code: code, message: message) }
    }

    /// Stops failing an action.
    public func clearFailure(actionId: String) {
        _ = state.withLock { $0.failures.removeValue(forKey: actionId) }
    }

    /// IDs of the actions applied successfully, in completion order.
    public var appliedActions: [String] { state.withLock { $0.applied } }

    /// The most actions that were being applied at once.
    public var maxConcurrentApplies: Int { state.withLock { $0.maxInFlight } }

    /// How many CreateAccount requests were started (a resumed request is not a new one).
    public var createAccountCalls: Int { state.withLock { $0.createAccountCalls } }

    /// Every account's ID by name (tests find the IDs the fake handed out).
    public var accountIds: [String: String] {
        state.withLock { Dictionary($0.accounts.map { ($0.value.name, $0.key) }, uniquingKeysWith: { a, _ in a }) }
    }

    /// The ID of the OU at this path, if any.
    public func organizationalUnitId(path: String) -> String? {
        state.withLock { state in state.ous.keys.first { state.path(of: $0) == path } }
    }

    /// The ID of the policy with this name, if any.
    public func policyId(name: String) -> String? {
        state.withLock { $0.policies.first { $0.value.name == name }?.key }
    }

    /// Changes the state directly, as someone in the console would (out-of-band drift, pre-existing resources).
    public func outOfBand(_ change: (inout Editor) throws -> Void) rethrows {
        try state.withLock { state in
            var editor = Editor(state: state)
            try change(&editor)
            state = editor.state
        }
    }
}

/// An error as AWS Organizations would report it (`DuplicateOrganizationalUnitException`, …).
public struct InMemoryOrganizationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// AWS's error code.
    public var code: String
    /// AWS's message.
    public var message: String

    /// Creates an error.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code): \(message)" }
}
