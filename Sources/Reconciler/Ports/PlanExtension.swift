import OrgModel

/// A kind of resource the pass plans beside Organizations (Identity Center, StackSets): given the
/// Organizations plan of an organization, it returns that plan with its own actions, notes and
/// cross-kind dependencies merged in.
///
/// The pass runs every extension after the differ, in the order the ports list them, both for the
/// plan and for the verify re-plan after the apply, and hands the merged plan to `ports.applier`
/// (a router that sends each action to its service). Extensions come through the ports rather than
/// being called by the pass directly so the loop stays free of AWS: the composition root wires the
/// real planners, tests wire fakes.
public protocol PlanExtension: Sendable {
    /// The kind's name in errors, logs and status (`identity-center`, `stack-sets`).
    var kind: String { get }

    /// `plan` with this kind's actions merged in.
    /// - Parameters:
    ///   - plan: the plan so far (the differ's, with earlier extensions' actions).
    ///   - desired: the organization's desired state in force.
    ///   - live: the Organizations snapshot the plan was made from.
    ///   - options: ownership tag and deletion limit (applied to the merged whole).
    ///   - stage: whether this is the pass's plan or the verify re-plan (no drift detection then).
    /// - Throws: whatever the kind's read throws; the pass then fails at its step naming the kind, and
    ///   applies nothing of the plan (see `docs/run-every-kind.md`).
    func extend(_ plan: OrganizationPlan, desired: DesiredOrganization, live: LiveOrganization, options: PlanOptions,
                stage: PlanStage) async throws -> PlanContribution
}

/// Which planning of the pass an extension is asked for.
public enum PlanStage: String, Sendable, Hashable {
    /// The plan the pass applies: scheduled drift detection may run.
    case plan
    /// The re-plan after the apply that says what is left: it must not start detections of its own,
    /// since a detection just before would find again what the apply was reverting.
    case verify
}

/// What an extension gives back: the merged plan, and drift it found that is not itself an action.
public struct PlanContribution: Sendable {
    /// The plan with the kind's actions, notes, unmanaged and kept resources merged in.
    public var plan: OrganizationPlan
    /// Drift found by detection in this pass (drifted stack instances and their resources), reported and
    /// counted as drift whether or not an action re-applies it.
    public var drift: [DetectedDrift]

    /// Creates a contribution.
    public init(plan: OrganizationPlan, drift: [DetectedDrift] = []) {
        self.plan = plan
        self.drift = drift
    }
}

/// One out-of-band difference an extension detected, as the status commit's body reports it.
///
/// Drift the differ sees directly is an action with a drift reason and is reported from the action;
/// this is for drift only a detection run knows of (CloudFormation's DetectStackSetDrift), where one
/// action may re-apply several drifted instances, or none when the manifest only reports.
public struct DetectedDrift: Sendable, Hashable {
    /// The resource that drifted (the stack set).
    public var resource: ResourceRef
    /// What drifted, without the resource (`111111111111/us-east-1: Role (AWS::IAM::Role): MODIFIED`).
    public var detail: String
    /// The IDs of the planned actions that re-apply it; empty when it is only reported. Those actions are
    /// not counted as drift a second time.
    public var remediatedBy: [String]

    /// Creates a drift item.
    public init(resource: ResourceRef, detail: String, remediatedBy: [String] = []) {
        self.resource = resource
        self.detail = detail
        self.remediatedBy = remediatedBy
    }

    /// The body line's text after `! drift `: `stack-set break-glass-role: 1111…/us-east-1: …, re-applied`.
    public var text: String {
        "\(resource.display): \(detail)" + (remediatedBy.isEmpty ? ", reported only" : ", re-applied")
    }
}
