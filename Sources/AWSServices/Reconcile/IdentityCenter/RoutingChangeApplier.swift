import OrgModel

/// Routes each action to the applier of its service: Identity Center actions to one, the rest to the other.
///
/// The executor takes one `ChangeApplier`; a pass that plans Organizations and
/// Identity Center changes together gives it this.
public struct RoutingChangeApplier: ChangeApplier {
    /// Applies Organizations actions.
    public let organizations: any ChangeApplier
    /// Applies `.identityCenter` actions.
    public let identityCenter: any ChangeApplier

    /// Creates the router.
    public init(organizations: any ChangeApplier, identityCenter: any ChangeApplier) {
        self.organizations = organizations
        self.identityCenter = identityCenter
    }

    /// Hands `action` to the applier of its service.
    public func apply(_ action: PlannedAction, in organization: DesiredOrganization,
                      context: ApplyContext) async throws -> ActionOutcome {
        if case .identityCenter = action.kind {
            return try await identityCenter.apply(action, in: organization, context: context)
        }
        return try await organizations.apply(action, in: organization, context: context)
    }
}
