import Foundation
import OrgModel
import Reconciler
import Synchronization
import TestSupport

/// A kind planned after the Organizations differ, in memory: permission sets by name, planned only once
/// the organization exists (as Identity Center and StackSets are), and optionally a stack set's detected
/// drift. It is also the router: its own actions it applies, the rest go to the in-memory organization.
final class FakeKind: PlanExtension, ChangeApplier, OrganizationConnector, Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String { "ThrottlingException: rate exceeded reading the fake kind" }
    }

    struct State {
        var wanted: Set<String> = []
        var live: Set<String> = []
        var fails = false
        var stages: [PlanStage] = []
        var applied: [String] = []
        /// Instances a detection will find drifted (reported when the plan stage runs).
        var drifted: [String] = []
        var reapply = true
    }

    let organization: InMemoryOrganization
    let state = Mutex(State())

    init(organization: InMemoryOrganization) {
        self.organization = organization
    }

    var kind: String { "identity-center" }

    func change(_ body: (inout State) -> Void) { state.withLock { body(&$0) } }
    var snapshot: State { state.withLock { $0 } }

    func ports(for organization: DesiredOrganization) async throws -> OrganizationPorts {
        OrganizationPorts(reader: self.organization, applier: self, extensions: [self])
    }

    func extend(_ plan: OrganizationPlan, desired: DesiredOrganization, live: LiveOrganization, options: PlanOptions,
                stage: PlanStage) async throws -> PlanContribution {
        let current = state.withLock { state -> State in
            state.stages.append(stage)
            return state
        }
        if current.fails { throw Failure() }
        guard live.exists else { return PlanContribution(plan: plan) }
        var merged = plan
        for name in current.wanted.subtracting(current.live).sorted() {
            merged.actions.append(PlannedAction(
                id: "create permission-set \(name)",
                kind: .identityCenter(.createPermissionSet(NewPermissionSet(name: name, description: nil,
                                                                            sessionDuration: "PT1H", relayState: nil,
                                                                            tags: [:]))),
                resource: ResourceRef(kind: .permissionSet, name: name), reason: .newInManifests))
        }
        var drift: [DetectedDrift] = []
        if stage == .plan, !current.drifted.isEmpty {
            let resource = ResourceRef(kind: .stackSet, name: "break-glass")
            var remediations: [String] = []
            if current.reapply {
                let batch = StackInstanceBatch(
                    identity: StackSetIdentity(manifestName: "break-glass", stackSetName: "break-glass", callAs: "SELF",
                                               permissionModel: "SELF_MANAGED"),
                    accounts: current.drifted.map { AccountReference(name: nil, id: $0) }, regions: ["us-east-1"],
                    operationPreferences: .awsDefaults)
                merged.actions.append(PlannedAction(id: "reapply stack-set break-glass #1", kind: .stackSet(.updateInstances(batch)),
                                                    resource: resource, reason: .changedOutOfBand))
                remediations = ["reapply stack-set break-glass #1"]
            }
            drift = current.drifted.map {
                DetectedDrift(resource: resource, detail: "\($0)/us-east-1 drifted (Role (AWS::IAM::Role): MODIFIED)",
                              remediatedBy: remediations)
            }
        }
        return PlanContribution(plan: merged, drift: drift)
    }

    func apply(_ action: PlannedAction, in organization: DesiredOrganization, context: ApplyContext) async throws -> ActionOutcome {
        switch action.kind {
        case .identityCenter(.createPermissionSet(let set)):
            state.withLock {
                $0.live.insert(set.name)
                $0.applied.append(action.id)
            }
            return ActionOutcome(detail: "created")
        case .stackSet:
            state.withLock {
                $0.drifted = []
                $0.applied.append(action.id)
            }
            return ActionOutcome(detail: "re-applied")
        default:
            return try await self.organization.apply(action, in: organization, context: context)
        }
    }
}
