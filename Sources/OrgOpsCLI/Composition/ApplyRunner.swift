import AWSServices
import OperatorSupport
import OrgModel
import Reconciler

/// The apply half of `orgops apply`: checks a plan may run, runs it through the executor
/// per organization (in parallel across organizations) and prints the summary.
struct ApplyRunner {
    /// The composition root of this run.
    let workflow: PlanWorkflow
    /// Where the plan and, in text and markdown formats, the summary go.
    let stdout: any TerminalOutput
    /// Where errors, refusals and (with `--format json`) the summary go.
    let stderr: any TerminalOutput
    /// How the plan is printed.
    let format: PlanOutputFormat

    /// Plans with a full read (ownership tags decide what may be pruned), then applies.
    /// - Returns: true when every organization was read and every action applied.
    func planAndApply(_ manifests: LoadedManifests) async -> Bool {
        let outcome = await workflow.plan(manifests, fullRead: true)
        let readFailed = outcome.report(to: stderr)
        let applied = await apply(outcome.plan, manifests: manifests, live: outcome.live,
                                  inventories: outcome.inventories)
        return applied && !readFailed
    }

    /// Applies a saved plan after checking it against the manifests' revision and each
    /// organization's live state, read the way the plan was read.
    /// - Returns: false when the plan is refused or anything fails.
    func applySaved(path: String, manifests: LoadedManifests) async -> Bool {
        guard var plan = PlanFileStore.load(path, stderr: stderr) else { return false }
        let selected = Set(manifests.organizations.map(\.name))
        plan.organizations = plan.organizations.filter { selected.contains($0.organization) }
        var live: [String: LiveOrganization] = [:]
        var inventories: [String: Inventory] = [:]
        if plan.sourceRevision == manifests.revision {
            for organizationPlan in plan.organizations {
                guard let organization = manifests.desired.organizations[organizationPlan.organization] else { continue }
                do {
                    inventories[organization.name] = try workflow.inventories.load(organization.name)
                    let read: ReadOptions = organizationPlan.tagsCompared ? .full : .cheap
                    live[organization.name] = try await workflow.reread(organization, read: read)
                } catch {
                    let failure = OrganizationFailure(organization: organization.name, step: "reading live state",
                                                      error: error)
                    stderr.line("Error: \(failure.description)")
                    return false
                }
            }
        }
        do {
            try PlanFile.checkCurrent(plan, revision: manifests.revision, live: live)
        } catch {
            stderr.line("Error: the saved plan '\(path)' is refused, nothing applied: \(error.message) with 'orgops plan --out \(path)' [\(error.code)]")
            return false
        }
        return await apply(plan, manifests: manifests, live: live, inventories: inventories)
    }

    /// Prints `plan`, then runs it: organizations in parallel, each in dependency order.
    /// Refused and suspended organizations are reported and left alone.
    /// - Returns: false when a plan was refused or an action failed.
    func apply(_ plan: Plan, manifests: LoadedManifests, live: [String: LiveOrganization],
               inventories: [String: Inventory]) async -> Bool {
        PlanPrinter(format: format, stdout: stdout).print(plan)
        var succeeded = true
        for organizationPlan in plan.organizations {
            let name = organizationPlan.organization
            if let refusal = organizationPlan.refusal {
                stderr.line("Error: organization '\(name)': the plan is refused, nothing applied: \(refusal.message) [\(refusal.code)]")
                for resource in refusal.resources { stderr.line("  \(resource)") }
                succeeded = false
            } else if organizationPlan.suspended {
                summary("Organization \(name) is suspended (reconcile.suspend): nothing applied.")
            }
        }
        var runnable = plan
        runnable.organizations = plan.organizations.filter(\.applyable)
        guard runnable.organizations.contains(where: { !$0.actions.isEmpty }) else {
            if succeeded { summary("Apply: nothing to do.") }
            return await record(runnable, reports: [], manifests: manifests, live: live,
                                inventories: inventories) && succeeded
        }
        let applier = workflow.makeApplier()
        var contexts: [String: ApplyContext] = [:]
        for (name, snapshot) in live { contexts[name] = ApplyContext(live: snapshot) }
        let reports = await PlanExecutor(applier: applier).run(runnable, desired: manifests.desired, contexts: contexts)
        var totals = (applied: 0, failed: 0, skipped: 0)
        for report in reports {
            summary(report.render().joined(separator: "\n"))
            totals.applied += report.applied.count
            totals.failed += report.failed.count
            totals.skipped += report.skipped.count
            if !report.succeeded { succeeded = false }
        }
        summary("Apply: \(totals.applied) applied, \(totals.failed) failed, \(totals.skipped) skipped.")
        let recorded = await record(runnable, reports: reports, manifests: manifests, live: live,
                                    inventories: inventories)
        return succeeded && recorded
    }

    /// Records the inventory of every organization whose plan ran through: from the planning
    /// snapshot when nothing was changed, else from a fresh full read (the verify read). An
    /// organization with a failed action keeps its previous record; the next apply reads tags.
    /// - Returns: false when a record could not be written or the verify read failed.
    func record(_ plan: Plan, reports: [ApplyReport], manifests: LoadedManifests,
                live: [String: LiveOrganization], inventories: [String: Inventory]) async -> Bool {
        var recorded = true
        for organizationPlan in plan.organizations {
            let name = organizationPlan.organization
            guard let organization = manifests.desired.organizations[name] else { continue }
            let report = reports.first { $0.organization == name }
            if let report, !report.succeeded { continue }
            do {
                let snapshot: LiveOrganization
                if organizationPlan.actions.isEmpty, let planned = live[name] {
                    snapshot = planned
                } else {
                    snapshot = try await workflow.reread(organization, read: .full)
                }
                try workflow.inventories.save(Inventory.recording(
                    desired: organization, live: snapshot, previous: inventories[name],
                    ownerTagKey: plan.options.ownerTagKey))
            } catch {
                let failure = OrganizationFailure(organization: name, step: "recording its inventory", error: error)
                stderr.line("Error: \(failure.description)")
                recorded = false
            }
        }
        return recorded
    }

    /// Writes a summary line where the format wants it: stdout for people, stderr beside JSON.
    private func summary(_ text: String) {
        (format == .json ? stderr : stdout).write(text.hasSuffix("\n") ? text : text + "\n")
    }
}
