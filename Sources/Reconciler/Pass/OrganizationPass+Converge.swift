import OperatorSupport
import OrgModel

/// read live → plan → apply → verify for every kind: the Organizations differ, then each
/// `PlanExtension` of the ports (Identity Center, StackSets), applied through the ports' router.
extension OrganizationPass {
    /// What a read and a plan of every kind gave, for the verify step and the status.
    struct Verified: Sendable {
        var live: LiveOrganization
        var remaining: OrganizationPlan
        var inventory: Inventory
    }

    /// read live → plan → apply → verify, each step stopping the chain on failure.
    ///
    /// An extension that throws while planning fails the pass at the plan step and nothing of the plan
    /// is applied, Organizations actions included: the merged plan carries the order across kinds (an OU
    /// is deleted only after the stack instances in it), which a plan without that kind would lose.
    /// When the organization did not exist when the pass read it, the kinds that wait for it (they plan
    /// "once the organization exists") are applied in a second round of the same pass, once it does.
    func converge(_ work: inout PassWork, read: ReadOptions, log: Logger) async {
        guard let desired = work.desired else { return }
        let ports: OrganizationPorts
        let live: LiveOrganization
        do {
            ports = try await connector.ports(for: desired)
            live = try await ports.reader.readOrganization(desired, options: read)
        } catch {
            work.fail(PassFailure.classify(error, step: .readLive, message: "reading organization '\(desired.name)' failed: \(error)",
                                           transientRequeue: configuration.transientRequeue,
                                           stalledRequeue: configuration.stalledRequeue))
            log.warning("read live state failed", ["step": PassStep.readLive.rawValue, "error": "\(error)"])
            return
        }
        let inventory = work.previous?.inventory
        let planned: PlanContribution
        switch await planEveryKind(desired, live: live, inventory: inventory, ports: ports, stage: .plan) {
        case .success(let contribution): planned = contribution
        case .failure(let failure):
            work.fail(failure)
            log.warning("plan failed", ["step": PassStep.plan.rawValue, "error": failure.message])
            return
        }
        let plan = planned.plan
        work.recordPlan(plan, detected: planned.drift)
        log.info("planned", ["step": PassStep.plan.rawValue, "actions": String(plan.actions.count),
                             "drift": String(work.counts.driftFound)])

        let recorded = Inventory.recording(desired: desired, live: live, previous: inventory,
                                           ownerTagKey: configuration.planOptions.ownerTagKey)
        if let hold = holdReason(plan, desired: desired) {
            work.held = hold
            work.finish(remaining: plan, live: live, inventory: recorded)
            return
        }
        guard !plan.actions.isEmpty else {
            work.finish(remaining: plan, live: live, inventory: recorded)
            return
        }
        let report = await apply(plan, desired: desired, live: live, ports: ports, work: &work, log: log)
        guard var verified = await verify(desired, ports: ports, read: read, inventory: inventory, work: &work) else { return }
        if !live.exists, verified.live.exists, report.failed.isEmpty, !verified.remaining.actions.isEmpty,
           holdReason(verified.remaining, desired: desired) == nil {
            log.info("organization created; applying the kinds that waited for it", ["step": PassStep.apply.rawValue])
            _ = await apply(verified.remaining, desired: desired, live: verified.live, ports: ports, work: &work, log: log)
            guard let again = await verify(desired, ports: ports, read: read, inventory: inventory, work: &work) else { return }
            verified = again
        }
        work.finish(remaining: verified.remaining, live: verified.live, inventory: verified.inventory)
        if verified.remaining.actions.contains(where: { $0.reason == .resumeCreate }) {
            work.waiting = PassFailure(step: .verify, classification: .waiting, requeueAfter: configuration.waitingRequeue,
                                       message: "account creation requested and still in progress")
        }
    }

    /// The differ's plan with every extension's contribution merged in, in the ports' order.
    /// - Returns: the merged plan and detected drift, or the failure naming the organization and the kind
    ///   that threw (at the plan step, or at verify for the re-plan).
    func planEveryKind(_ desired: DesiredOrganization, live: LiveOrganization, inventory: Inventory?,
                       ports: OrganizationPorts, stage: PlanStage) async -> Result<PlanContribution, PassFailure> {
        var plan = OrganizationDiffer.plan(desired: desired, live: live, options: configuration.planOptions,
                                           inventory: inventory)
        var drift: [DetectedDrift] = []
        for planExtension in ports.extensions {
            do {
                let contribution = try await planExtension.extend(plan, desired: desired, live: live,
                                                                  options: configuration.planOptions, stage: stage)
                plan = contribution.plan
                drift += contribution.drift
            } catch {
                let what = stage == .plan ? "planning" : "re-planning after the apply"
                return .failure(PassFailure.classify(
                    error, step: stage == .plan ? .plan : .verify,
                    message: "\(what) \(planExtension.kind) of organization '\(desired.name)' failed: \(error)",
                    transientRequeue: configuration.transientRequeue, stalledRequeue: configuration.stalledRequeue))
            }
        }
        return .success(PlanContribution(plan: plan, drift: drift))
    }

    /// Runs `plan` through the ports' applier and records what happened.
    func apply(_ plan: OrganizationPlan, desired: DesiredOrganization, live: LiveOrganization, ports: OrganizationPorts,
               work: inout PassWork, log: Logger) async -> ApplyReport {
        let executor = PlanExecutor(applier: ports.applier, maxConcurrentActions: configuration.maxConcurrentActions)
        let report = await executor.run(plan, organization: desired, context: ApplyContext(live: live))
        work.recordApply(report, plan: plan)
        log.info("applied", ["step": PassStep.apply.rawValue, "applied": String(report.applied.count),
                             "failed": String(report.failed.count)])
        return report
    }

    /// Reads again and plans every kind again (without drift detection): what is left, and the inventory
    /// to record. A failure is recorded on `work` (the status then says failed) and gives nil.
    func verify(_ desired: DesiredOrganization, ports: OrganizationPorts, read: ReadOptions, inventory: Inventory?,
                work: inout PassWork) async -> Verified? {
        let after: LiveOrganization
        do {
            after = try await ports.reader.readOrganization(desired, options: read)
        } catch {
            work.fail(PassFailure.classify(error, step: .verify,
                                           message: "reading organization '\(desired.name)' after the apply failed: \(error)",
                                           transientRequeue: configuration.transientRequeue,
                                           stalledRequeue: configuration.stalledRequeue))
            return nil
        }
        let recorded = Inventory.recording(desired: desired, live: after, previous: inventory,
                                           ownerTagKey: configuration.planOptions.ownerTagKey)
        switch await planEveryKind(desired, live: after, inventory: recorded, ports: ports, stage: .verify) {
        case .success(let contribution):
            return Verified(live: after, remaining: contribution.plan, inventory: recorded)
        case .failure(let failure):
            work.fail(failure)
            return nil
        }
    }
}
