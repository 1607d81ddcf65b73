import OrgModel

/// One `ChangeApplier` for a whole organization plan: stack-set actions to the stack-set applier,
/// everything else to the Organizations applier.
///
/// The executor takes a single applier; since the StackSets vocabulary is a
/// case of its own (`ActionKind.stackSet`), routing on it keeps each applier
/// exhaustive over its own kinds.
public struct RoutingChangeApplier: ChangeApplier {
    /// Organizations actions.
    public let organizations: any ChangeApplier
    /// StackSets actions.
    public let stackSets: any ChangeApplier

    /// Creates a router.
    public init(organizations: any ChangeApplier, stackSets: any ChangeApplier) {
        self.organizations = organizations
        self.stackSets = stackSets
    }

    /// Hands the action to the applier its kind belongs to.
    public func apply(_ action: PlannedAction, in organization: DesiredOrganization,
                      context: ApplyContext) async throws -> ActionOutcome {
        if case .stackSet = action.kind {
            return try await stackSets.apply(action, in: organization, context: context)
        }
        return try await organizations.apply(action, in: organization, context: context)
    }
}
