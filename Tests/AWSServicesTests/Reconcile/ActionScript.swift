import AWSServices
import OrgModel

/// Runs hand-written actions through the applier one by one, as the executor would in dependency order.
struct ActionScript {
    let applier: OrganizationsChangeApplier
    let organization: DesiredOrganization
    let context: ApplyContext

    /// Applies each kind in order, stopping at the first failure; returns the outcomes.
    @discardableResult
    func run(_ kinds: [ActionKind]) async throws -> [ActionOutcome] {
        var outcomes: [ActionOutcome] = []
        for (index, kind) in kinds.enumerated() {
            outcomes.append(try await applier.apply(Self.action(kind, index: index), in: organization,
                                                    context: context))
        }
        return outcomes
    }

    /// A planned action around `kind`, named for messages.
    static func action(_ kind: ActionKind, index: Int = 0) -> PlannedAction {
        PlannedAction(id: "\(kind.verb):\(index)", kind: kind,
                      resource: ResourceRef(kind: .organization, name: "\(kind.verb) #\(index)"),
                      reason: .newInManifests)
    }

    /// An OU by path, ID left to the context.
    static func ou(_ path: String) -> OUReference { OUReference(path: path, id: nil) }
    /// An account by manifest name, ID left to the context.
    static func account(_ name: String) -> AccountReference { AccountReference(name: name, id: nil) }
    /// A policy by manifest name, ID left to the context.
    static func policy(_ name: String, _ type: String = "SERVICE_CONTROL_POLICY") -> PolicyReference {
        PolicyReference(name: name, type: type, id: nil)
    }
}
