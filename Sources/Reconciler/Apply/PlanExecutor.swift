import OrgModel

/// Carries out plans through a `ChangeApplier`: exactly the planned actions, in dependency order.
///
/// Independent actions run concurrently up to `maxConcurrentActions` (the AWS
/// client still enforces per-service limits underneath); an action starts only
/// when every action it depends on succeeded, so a failure skips its dependents
/// and nothing else. Organizations of one `Plan` run in parallel. Never re-plans.
public struct PlanExecutor: Sendable {
    /// Where actions go.
    public var applier: any ChangeApplier
    /// How many actions of one organization may be in flight at once.
    public var maxConcurrentActions: Int

    /// Creates an executor.
    public init(applier: any ChangeApplier, maxConcurrentActions: Int = 4) {
        self.applier = applier
        self.maxConcurrentActions = max(1, maxConcurrentActions)
    }

    /// Runs every organization of a plan in parallel.
    /// - Parameters:
    ///   - plan: the plan.
    ///   - desired: the desired state it was made from (each action gets its organization).
    ///   - contexts: an `ApplyContext` per organization (seeded from the live snapshot); a fresh one when absent.
    ///   - applier: per organization, when organizations need different clients; `applier` otherwise.
    /// - Returns: the reports, sorted by organization name.
    public func run(_ plan: Plan, desired: DesiredState, contexts: [String: ApplyContext] = [:],
                    appliers: [String: any ChangeApplier] = [:]) async -> [ApplyReport] {
        await withTaskGroup(of: ApplyReport.self) { group in
            for organizationPlan in plan.organizations {
                let name = organizationPlan.organization
                guard let organization = desired.organizations[name] else {
                    group.addTask {
                        ApplyReport(organization: name, results: Self.skipAll(organizationPlan, reason: "not in the manifests"),
                                    notRun: "organization '\(name)' is not in the desired state")
                    }
                    continue
                }
                let executor = PlanExecutor(applier: appliers[name] ?? applier, maxConcurrentActions: maxConcurrentActions)
                let context = contexts[name] ?? ApplyContext()
                group.addTask { await executor.run(organizationPlan, organization: organization, context: context) }
            }
            var reports: [ApplyReport] = []
            for await report in group { reports.append(report) }
            return reports.sorted { $0.organization < $1.organization }
        }
    }

    /// Runs one organization's plan; a suspended or refused plan runs nothing and says why.
    public func run(_ plan: OrganizationPlan, organization: DesiredOrganization, context: ApplyContext) async -> ApplyReport {
        if plan.suspended {
            return ApplyReport(organization: plan.organization, results: Self.skipAll(plan, reason: "organization is suspended"),
                               notRun: "reconcile.suspend is true")
        }
        if let refusal = plan.refusal {
            return ApplyReport(organization: plan.organization, results: Self.skipAll(plan, reason: "plan refused"),
                               notRun: refusal.message)
        }
        var schedule = ExecutionSchedule(plan.actions)
        let applier = self.applier
        await withTaskGroup(of: Finished.self) { group in
            var running = 0
            while true {
                while running < maxConcurrentActions, let index = schedule.nextReady() {
                    let action = plan.actions[index]
                    group.addTask {
                        do {
                            return Finished(index: index, result: .success(try await applier.apply(action, in: organization, context: context)))
                        } catch {
                            return Finished(index: index, result: .failure(error))
                        }
                    }
                    running += 1
                }
                guard let finished = await group.next() else { break }
                let index = finished.index
                let result = finished.result
                running -= 1
                switch result {
                case .success(let outcome):
                    Self.record(outcome, of: plan.actions[index], in: context)
                    schedule.succeeded(index, outcome: outcome)
                case .failure(let error):
                    schedule.failed(index, reason: String(describing: error))
                }
            }
        }
        return ApplyReport(organization: plan.organization, results: schedule.results())
    }

    /// What a child task hands back: which action, and how it ended.
    ///
    /// A named struct rather than an `(Int, Result)` tuple: Swift 6.3's optimiser
    /// returned the wrong index for the tuple from `group.next()` in release builds
    /// (an out-of-range trap with many actions, a finished action reported as never
    /// run with few), while debug builds were right.
    struct Finished: Sendable {
        let index: Int
        let result: Result<ActionOutcome, any Error>
    }

    /// Records the ID a create reported, so dependents resolve it even when the applier did not record it.
    static func record(_ outcome: ActionOutcome, of action: PlannedAction, in context: ApplyContext) {
        guard let id = outcome.resourceId else { return }
        switch action.kind {
        case .createOrganizationalUnit(let path, _, _, _): context.recordOrganizationalUnit(path: path, id: id)
        case .createAccount(let new): context.recordAccount(name: new.name, id: id)
        case .adoptAccount(let account, _): if let name = account.name { context.recordAccount(name: name, id: id) }
        case .createPolicy(let new): context.recordPolicy(name: new.name, id: id)
        default: break
        }
    }

    static func skipAll(_ plan: OrganizationPlan, reason: String) -> [ActionResult] {
        plan.actions.map { ActionResult(actionId: $0.id, resource: $0.resource, status: .skipped(reason: reason)) }
    }
}
