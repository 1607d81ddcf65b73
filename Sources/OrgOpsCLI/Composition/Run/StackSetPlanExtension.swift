import OrgModel
import Reconciler

/// The loop's StackSets kind: `StackSetPass` planned after the Organizations differ, its drift
/// reports turned into the status's drift items.
///
/// Detection runs on the pass's plan when `--stack-drift-interval` says it is due (the times are kept
/// by the pass's `StackDriftRunStore` under `<work-dir>/state/`), never on the verify re-plan.
struct StackSetPlanExtension: PlanExtension {
    /// The StackSets step, shared by every pass of the process (its operation queue serializes each set).
    let pass: StackSetPass

    var kind: String { "stack-sets" }

    func extend(_ plan: OrganizationPlan, desired: DesiredOrganization, live: LiveOrganization, options: PlanOptions,
                stage: PlanStage) async throws -> PlanContribution {
        let planned = try await pass.planReportingDrift(desired, live: live, organizationPlan: plan, options: options,
                                                        detectDrift: stage == .plan)
        return PlanContribution(plan: planned.plan, drift: Self.drift(planned.drift, plan: planned.plan))
    }

    /// One item per drifted instance, with its drifted resources, and the planned actions that re-apply it
    /// (a redeploy batch including the instance, or an update of the whole set, which redeploys every instance).
    static func drift(_ reports: [StackSetDriftReport], plan: OrganizationPlan) -> [DetectedDrift] {
        reports.flatMap { report in
            report.instances.map { instance in
                let resource = ResourceRef(kind: .stackSet, name: report.stackSet)
                let resources = instance.resources.isEmpty ? "" : " (\(instance.resources.joined(separator: ", ")))"
                let remediations = report.reapplied
                    ? plan.actions.filter { reapplies($0, stackSet: report.stackSet, instance: instance) }.map(\.id) : []
                return DetectedDrift(resource: resource, detail: "\(instance.account)/\(instance.region) drifted\(resources)",
                                     remediatedBy: remediations)
            }
        }
    }

    /// Whether `action` redeploys `instance` of `stackSet`.
    static func reapplies(_ action: PlannedAction, stackSet: String, instance: DriftedStackInstance) -> Bool {
        guard action.resource.kind == .stackSet, action.resource.name == stackSet,
              case .stackSet(let kind) = action.kind else { return false }
        switch kind {
        case .update:
            return true
        case .updateInstances(let batch):
            let account = batch.accounts.isEmpty || batch.accounts.contains { $0.id == instance.account }
            return account && batch.regions.contains(instance.region)
        default:
            return false
        }
    }
}
