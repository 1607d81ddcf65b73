import OrgModel
import Reconciler

/// The loop's Identity Center kind: `IdentityCenterPass` planned after the Organizations differ.
///
/// Its drift is what the planner plans (a console-added assignment to delete, an edited inline
/// policy to put back), counted from the actions like Organizations drift. The instance and the
/// principals are looked up afresh by every read, so a group renamed between passes is seen on the
/// next one; the sessions (clients, assumed roles) live as long as the process.
struct IdentityCenterPlanExtension: PlanExtension {
    /// The Identity Center step, shared by every pass of the process.
    let pass: IdentityCenterPass

    var kind: String { "identity-center" }

    func extend(_ plan: OrganizationPlan, desired: DesiredOrganization, live: LiveOrganization, options: PlanOptions,
                stage: PlanStage) async throws -> PlanContribution {
        PlanContribution(plan: try await pass.plan(desired, live: live, organizationPlan: plan, options: options))
    }
}
