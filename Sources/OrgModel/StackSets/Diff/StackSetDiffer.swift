/// Computes what it takes to turn an organization's live stack sets into the declared ones.
///
/// Pure, like `OrganizationDiffer`: the same manifests, snapshots and options
/// give the same actions in the same order. Per declared set it plans the set
/// itself (create, or update when template hash, parameters, capabilities,
/// description, tags, auto-deployment, managed execution or roles differ) and
/// then its instances: the desired (account, region) pairs from the targets,
/// expanded over `StackSetTargetUniverse`, against the live instances. A
/// declared set that exists without the ownership tag is left alone unless its
/// manifest says `adopt: true`: then its update is planned as an adoption (the
/// ownership tag added) and the set is diffed as owned in the same plan. One
/// tagged for another organization is never taken. Owned sets no manifest
/// declares are deleted (instances first) when prune is on.
public enum StackSetDiffer {
    /// Plans the stack sets of one organization.
    /// - Parameters:
    ///   - desired: the organization as declared (its `stackSets`, `reconcile.prune`).
    ///   - live: the stack sets a `StackSetReader` returned.
    ///   - universe: the accounts after this pass (`StackSetTargetUniverse.projected`).
    ///   - options: the ownership tag key.
    public static func plan(desired: DesiredOrganization, live: [LiveStackSet], universe: StackSetTargetUniverse,
                            options: PlanOptions) -> StackSetPlan {
        var out = StackSetPlan()
        let byName = Dictionary(live.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let declared = Set(desired.stackSets.map(\.stackSetName))
        for stackSet in desired.stackSets.sorted(by: { $0.name < $1.name }) {
            let existing = byName[stackSet.stackSetName]
            let owner = existing?.tags[options.ownerTagKey]
            let adopting = existing != nil && owner == nil && stackSet.adopt
            if let existing, owner != desired.name, !adopting {
                out.unmanaged.append(ResourceRef(kind: .stackSet, name: existing.name, awsId: existing.id))
                out.notes.append(unmanagedNote(existing, owner: owner, declared: stackSet, options: options,
                                               organization: desired.name))
                continue
            }
            var session = StackSetDiffSession(desired: stackSet, live: existing, universe: universe,
                                              ownerTag: (options.ownerTagKey, desired.name), adopting: adopting)
            session.plan()
            out.actions += session.actions
            out.notes += session.notes
            if let report = session.driftReport { out.drift.append(report) }
        }
        for set in live.sorted(by: { $0.name < $1.name }) where !declared.contains(set.name) {
            let ref = ResourceRef(kind: .stackSet, name: set.name, awsId: set.id)
            guard set.tags[options.ownerTagKey] == desired.name else { continue }
            guard desired.reconcile.prune else {
                out.kept.append(ref)
                continue
            }
            out.actions += removal(of: set, ref: ref)
        }
        return out
    }

    /// Why a declared set is left alone: no ownership tag (and no `adopt: true`), or another organization's tag,
    /// which `adopt: true` never overrides.
    static func unmanagedNote(_ set: LiveStackSet, owner: String?, declared: DesiredStackSet, options: PlanOptions,
                              organization: String) -> String {
        guard let owner else {
            return "stack set \(set.name) exists without the ownership tag \(options.ownerTagKey)=\(organization); "
                + "it is left alone; set adopt: true in \(declared.source) to take it over"
        }
        return "stack set \(set.name) is managed by organization '\(owner)' (\(options.ownerTagKey)=\(owner)); "
            + "it is left alone" + (declared.adopt ? " and never adopted" : "")
    }

    /// Instances first (stacks deleted, whatever auto-deployment says: the set itself goes), then the set.
    static func removal(of set: LiveStackSet, ref: ResourceRef) -> [PlannedAction] {
        let identity = StackSetIdentity(manifestName: nil, stackSetName: set.name, callAs: set.callAs,
                                        permissionModel: set.permissionModel)
        var actions: [PlannedAction] = []
        var previous: String?
        let byRegions = Dictionary(grouping: set.instances, by: \.account)
            .mapValues { $0.map(\.region).sorted() }
        let grouped = Dictionary(grouping: byRegions.keys.sorted(), by: { byRegions[$0] ?? [] })
        for (index, regions) in grouped.keys.sorted(by: { $0.joined() < $1.joined() }).enumerated() {
            let accounts = (grouped[regions] ?? []).map { AccountReference(name: nil, id: $0) }
            let batch = StackInstanceBatch(
                identity: identity, accounts: accounts,
                organizationalUnits: identity.serviceManaged ? [.root(id: nil)] : [],
                accountFilter: identity.serviceManaged ? "INTERSECTION" : nil, regions: regions,
                operationPreferences: .awsDefaults)
            let id = "undeploy stack-set \(set.name) #\(index + 1)"
            actions.append(PlannedAction(id: id, kind: .stackSet(.deleteInstances(batch)), resource: ref,
                                         changes: StackSetChanges.batch(batch), reason: .removedFromManifests,
                                         dependsOn: previous.map { [$0] } ?? []))
            previous = id
        }
        actions.append(PlannedAction(id: "delete stack-set \(set.name)", kind: .stackSet(.delete(identity)),
                                     resource: ref, reason: .removedFromManifests,
                                     dependsOn: previous.map { [$0] } ?? []))
        return actions
    }
}
