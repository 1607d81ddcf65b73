/// Instances: desired (account, region) pairs from the targets against the live ones.
extension StackSetDiffSession {
    /// One desired instance.
    struct Wanted: Hashable {
        var member: StackSetTargetUniverse.Member
        var region: String
        var overrides: [String: String]
    }

    /// The accounts the targets select: OUs expanded (SERVICE_MANAGED) or listed accounts, minus exclusions.
    func targetedMembers() -> [StackSetTargetUniverse.Member] {
        let excluded = Set(desired.excludeAccounts.compactMap { universe.member(for: $0)?.key })
        let listed = desired.accounts.compactMap { universe.member(for: $0) }
        var chosen: [StackSetTargetUniverse.Member]
        if identity.serviceManaged {
            var seen: Set<String> = []
            chosen = desired.organizationalUnits.flatMap { universe.members(under: $0) }.filter { seen.insert($0.key).inserted }
            if !listed.isEmpty {
                let filter = Set(listed.map(\.key))
                chosen = chosen.filter { filter.contains($0.key) }
            }
            chosen = chosen.filter { $0.reference.id == nil || $0.reference.id != universe.managementAccountId }
        } else {
            chosen = listed
        }
        return chosen.filter { !excluded.contains($0.key) }.sorted { $0.key < $1.key }
    }

    /// The override values for one instance: every matching `parameterOverrides` entry, later ones winning.
    func overrides(for member: StackSetTargetUniverse.Member, region: String) -> [String: String] {
        var out: [String: String] = [:]
        for entry in desired.parameterOverrides {
            let accountMatch = entry.accounts.isEmpty
                || entry.accounts.contains { universe.member(for: $0)?.key == member.key }
            let regionMatch = entry.regions.isEmpty || entry.regions.contains(region)
            if accountMatch && regionMatch { out.merge(entry.parameters) { _, new in new } }
        }
        return out
    }

    mutating func planInstances() {
        let members = targetedMembers()
        var wanted: [String: Wanted] = [:]
        for member in members {
            for region in desired.regions {
                wanted["\(member.key)/\(region)"] = Wanted(member: member, region: region,
                                                           overrides: overrides(for: member, region: region))
            }
        }
        let liveInstances = live?.instances ?? []
        let liveKeys = Set(liveInstances.map { "\($0.account)/\($0.region)" })
        let surplus = liveInstances.filter { wanted["\($0.account)/\($0.region)"] == nil }
        let missing = wanted.filter { !liveKeys.contains($0.key) }.map(\.value)
        var stale: [Wanted] = []
        var drifted: [Wanted] = []
        let driftedKeys = Set((live?.drift?.instances ?? []).map { "\($0.account)/\($0.region)" })
        for instance in liveInstances {
            guard let want = wanted["\(instance.account)/\(instance.region)"] else { continue }
            let overridesDiffer = instance.parameterOverrides.map { liveOverrides in
                !StackSetChanges.parameters(planned(want.overrides), against: liveOverrides).isEmpty
            } ?? false
            if instance.needsUpdate || overridesDiffer {
                if !updatesEveryInstance || overridesDiffer { stale.append(want) }
            } else if driftedKeys.contains("\(instance.account)/\(instance.region)") {
                drifted.append(want)
            }
        }
        let reapply = desired.driftRemediation == "reapply"
        reportDrift(live?.drift?.instances ?? [], reapplied: reapply)
        if !surplus.isEmpty { planRemovals(surplus) }
        if !missing.isEmpty {
            planBatches(missing, verb: "deploy", reason: live == nil ? .newInManifests : .differsFromManifests,
                        whole: missing.count == wanted.count, make: StackSetAction.createInstances)
        }
        if !stale.isEmpty {
            planBatches(stale, verb: "redeploy", reason: .changedOutOfBand, whole: false,
                        make: StackSetAction.updateInstances)
        }
        if reapply && !drifted.isEmpty && !updatesEveryInstance {
            planBatches(drifted, verb: "reapply", reason: .changedOutOfBand, whole: false,
                        make: StackSetAction.updateInstances)
        }
    }

    /// Surplus instances: deleted by account × region groups; stacks kept when the manifest says so.
    mutating func planRemovals(_ surplus: [LiveStackInstance]) {
        let retain = desired.autoDeployment?.retainStacksOnAccountRemoval ?? false
        let regionsByAccount = Dictionary(grouping: surplus, by: \.account).mapValues { Set($0.map(\.region)) }
        let groups = Dictionary(grouping: regionsByAccount.keys.sorted(), by: { ordered(regionsByAccount[$0] ?? []) })
        for (index, regions) in groups.keys.sorted(by: { $0.joined(separator: ",") < $1.joined(separator: ",") }).enumerated() {
            let accounts = (groups[regions] ?? []).map { id in
                universe.members.first { $0.reference.id == id }?.reference ?? AccountReference(name: nil, id: id)
            }
            let batch = StackInstanceBatch(
                identity: identity, accounts: accounts,
                organizationalUnits: identity.serviceManaged ? [universe.unit("/")] : [],
                accountFilter: identity.serviceManaged ? "INTERSECTION" : nil, regions: regions, retainStacks: retain,
                operationPreferences: preferences.restricted(to: regions))
            add(.deleteInstances(batch), id: "undeploy stack-set \(desired.name) #\(index + 1)",
                changes: StackSetChanges.batch(batch), reason: .differsFromManifests)
        }
    }

    /// Groups instances into as few operations as AWS allows (same overrides, same regions per operation).
    mutating func planBatches(_ instances: [Wanted], verb: String, reason: ActionReason, whole: Bool,
                              make: (StackInstanceBatch) -> StackSetAction) {
        struct Key: Hashable { var overrides: [String: String]; var regions: [String] }
        var regionsByAccount: [String: (member: StackSetTargetUniverse.Member, regions: Set<String>,
                                        overrides: [String: String])] = [:]
        for instance in instances {
            let key = "\(instance.member.key)|\(instance.overrides.sorted { $0.key < $1.key })"
            if var entry = regionsByAccount[key] {
                entry.regions.insert(instance.region)
                regionsByAccount[key] = entry
            } else {
                regionsByAccount[key] = (instance.member, [instance.region], instance.overrides)
            }
        }
        var groups: [Key: [StackSetTargetUniverse.Member]] = [:]
        for entry in regionsByAccount.values {
            groups[Key(overrides: entry.overrides, regions: ordered(entry.regions)), default: []].append(entry.member)
        }
        let keys = groups.keys.sorted {
            ($0.regions.joined(separator: ","), "\($0.overrides.sorted { $0.key < $1.key })")
                < ($1.regions.joined(separator: ","), "\($1.overrides.sorted { $0.key < $1.key })")
        }
        for (index, key) in keys.enumerated() {
            let members = (groups[key] ?? []).sorted { $0.key < $1.key }
            let batch = instanceBatch(members, regions: key.regions, overrides: key.overrides,
                                      whole: whole && keys.count == 1 && key.overrides.isEmpty)
            add(make(batch), id: "\(verb) stack-set \(desired.name) #\(index + 1)",
                changes: StackSetChanges.batch(batch), reason: reason, extraDependencies: [])
        }
    }

    /// A batch in the shape the permission model needs.
    func instanceBatch(_ members: [StackSetTargetUniverse.Member], regions: [String], overrides: [String: String],
                       whole: Bool) -> StackInstanceBatch {
        let accounts = members.map(\.reference)
        guard identity.serviceManaged else {
            return StackInstanceBatch(identity: identity, accounts: accounts, regions: regions,
                                      parameterOverrides: planned(overrides),
                                      operationPreferences: preferences.restricted(to: regions))
        }
        let units = desired.organizationalUnits.map { universe.unit($0) }
        var filter: String? = "INTERSECTION"
        var filterAccounts = accounts
        if whole {
            let excluded = desired.excludeAccounts.compactMap { universe.member(for: $0)?.reference }
            if desired.accounts.isEmpty && excluded.isEmpty {
                filter = nil
                filterAccounts = []
            } else if desired.accounts.isEmpty {
                filter = "DIFFERENCE"
                filterAccounts = excluded
            }
        }
        return StackInstanceBatch(identity: identity, accounts: filterAccounts, organizationalUnits: units,
                                  accountFilter: filter, regions: regions, parameterOverrides: planned(overrides),
                                  operationPreferences: preferences.restricted(to: regions))
    }

    /// Override values as the plan holds them.
    func planned(_ values: [String: String]) -> [String: PlannedParameter] {
        values.mapValues { _ in .sensitive }.merging(values.filter { !sensitive.contains($0.key) }.mapValues { .value($0) }) { _, plain in plain }
    }

    /// Regions in manifest order (the order `regionOrder` and people expect), unknown ones after, sorted.
    func ordered(_ regions: Set<String>) -> [String] {
        desired.regions.filter(regions.contains) + regions.subtracting(desired.regions).sorted()
    }
}
