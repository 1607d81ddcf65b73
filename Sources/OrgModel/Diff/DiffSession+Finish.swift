/// Plan-wide rules applied once every action is known.
extension DiffSession {
    /// Orders the actions and applies the deletion limit and suspend.
    func finish() -> OrganizationPlan {
        let ordered = ActionOrdering.sorted(actions)
        var allNotes = notes
        if !live.tagsRead {
            allNotes.append("tags were not read on this pass: tag changes are not shown and ownership comes from the "
                + (inventory == nil ? "inventory, which is absent" : "inventory"))
        }
        let deletions = ordered.filter(\.kind.deletesResource)
        var refusal: PlanRefusal?
        if deletions.count > options.maxDeletions {
            let names = deletions.map { "\($0.kind.verb) \($0.resource.display)" }
            refusal = PlanRefusal(
                code: "max-deletions-exceeded",
                message: "the plan deletes \(deletions.count) \(deletions.count == 1 ? "resource" : "resources"), more than --max-deletions \(options.maxDeletions): "
                    + names.joined(separator: ", ") + "; raise --max-deletions if this is intended",
                resources: names)
        }
        return OrganizationPlan(organization: desired.name, liveFingerprint: live.fingerprint, actions: ordered,
                                unmanaged: unmanaged.sorted(), kept: kept.sorted(), suspended: desired.reconcile.suspend,
                                refusal: refusal, tagsCompared: live.tagsRead, notes: allNotes)
    }
}
