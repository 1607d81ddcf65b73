import AWSClient
import OrgModel

extension StackSetReconcileError.Code {
    /// An adoption found the set tagged for another organization when it was about to run.
    public static let ownedElsewhere = "StackSetOwnedElsewhere"
}

/// The adoption of an untagged stack set (`adopt: true`) is the UpdateStackSet of its plan, tags
/// carrying the ownership tag. The plan only adopts a set it saw without that tag; a saved plan may be
/// applied later, so just before the update the applier reads the set's tags again and refuses when
/// another organization has tagged it since: a set tagged for someone else is never taken over.
extension StackSetChangeApplier {
    /// Throws `StackSetReconcileError` (`StackSetOwnedElsewhere`, naming the owner) when `definition` adopts
    /// a set that now carries the ownership tag for another organization; returns for anything else.
    func confirmAdoptable(_ definition: StackSetDefinition, step: StackSetStep) async throws {
        guard let key = definition.adoptionTagKey else { return }
        let described = try await step.api.describeStackSet(.init(stackSetName: step.name, callAs: step.callAs))
        let owner = described.stackSet?.tags?.first { $0.key == key }.map { $0.value ?? "" }
        guard let owner, owner != step.organization.name else { return }
        throw StackSetReconcileError(
            code: StackSetReconcileError.Code.ownedElsewhere, organization: step.organization.name,
            stackSet: step.name, operation: "adopt",
            message: "stack set '\(step.name)' is now tagged \(key)=\(owner), so it belongs to organization '\(owner)' "
                + "and is not adopted; plan again to see it reported")
    }
}
