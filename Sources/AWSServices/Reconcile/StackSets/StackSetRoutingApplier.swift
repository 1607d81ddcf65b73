import OrgModel

/// Routes stack-set actions to the stack-set applier and every other action to `others`.
///
/// The executor takes a single applier; since the StackSets vocabulary is a
/// case of its own (`ActionKind.stackSet`), routing on it keeps each applier
/// exhaustive over its own kinds. `others` is the Organizations applier, or
/// the Identity Center `RoutingChangeApplier` that wraps it.
public struct StackSetRoutingApplier: ChangeApplier {
    /// StackSets actions.
    public let stackSets: any ChangeApplier
    /// Every other action.
    public let others: any ChangeApplier

    /// Creates a router.
    public init(stackSets: any ChangeApplier, others: any ChangeApplier) {
        self.stackSets = stackSets
        self.others = others
    }

    /// Hands the action to the applier its kind belongs to.
    public func apply(_ action: PlannedAction, in organization: DesiredOrganization,
                      context: ApplyContext) async throws -> ActionOutcome {
        if case .stackSet = action.kind {
            return try await stackSets.apply(action, in: organization, context: context)
        }
        return try await others.apply(action, in: organization, context: context)
    }
}
