import OrgModel

/// Routes each action to the applier of the service it belongs to.
///
/// The executor takes one `ChangeApplier`, while Organizations, Identity
/// Center and StackSets each have an applier exhaustive over its own kinds.
/// A router sends one domain's actions to its applier and everything else to
/// `others`; a pass that plans several services nests routers, one per service
/// it adds, so each service's wiring stays next to that service.
public struct RoutingChangeApplier: ChangeApplier {
    /// Which service an action belongs to.
    public enum Domain: Sendable, Hashable {
        /// `ActionKind.identityCenter` actions.
        case identityCenter
        /// `ActionKind.stackSet` actions.
        case stackSets
        /// Every other action kind.
        case organizations

        /// The domain of `kind`.
        public init(_ kind: ActionKind) {
            switch kind {
            case .identityCenter: self = .identityCenter
            case .stackSet: self = .stackSets
            default: self = .organizations
            }
        }
    }

    /// The domain this router takes.
    public let domain: Domain
    /// Applies the actions of `domain`.
    public let applier: any ChangeApplier
    /// Applies every other action.
    public let others: any ChangeApplier

    /// Creates a router sending `domain`'s actions to `applier` and the rest to `others`.
    public init(_ domain: Domain, to applier: any ChangeApplier, others: any ChangeApplier) {
        self.domain = domain
        self.applier = applier
        self.others = others
    }

    /// Organizations actions to `organizations`, Identity Center actions to `identityCenter`.
    public init(organizations: any ChangeApplier, identityCenter: any ChangeApplier) {
        self.init(.identityCenter, to: identityCenter, others: organizations)
    }

    /// Hands `action` to the applier of its service.
    public func apply(_ action: PlannedAction, in organization: DesiredOrganization,
                      context: ApplyContext) async throws -> ActionOutcome {
        if Domain(action.kind) == domain {
            return try await applier.apply(action, in: organization, context: context)
        }
        return try await others.apply(action, in: organization, context: context)
    }
}
