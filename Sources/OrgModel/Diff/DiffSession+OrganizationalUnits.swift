/// The OU tree: match by pinned ID or by parent and name, create, rename, tag, and prune.
extension DiffSession {
    /// Walks the desired tree top-down, matching each OU with a live one.
    mutating func planOrganizationalUnits() {
        let pinned = Set(desired.allOrganizationalUnits.compactMap(\.id))
        walk(desired.organizationalUnits, parentPath: "/", parentLiveId: live.rootId, pinned: pinned)
    }

    private mutating func walk(_ units: [OrganizationalUnit], parentPath: String, parentLiveId: String?,
                               pinned: Set<String>) {
        for unit in units {
            let match = liveMatch(for: unit, parentLiveId: parentLiveId, pinned: pinned)
            if let match { ouMatches[unit.path] = match }
            if unit.ignore { continue }
            if let match {
                planExisting(unit, match: match, parentLiveId: parentLiveId)
                walk(unit.children, parentPath: unit.path, parentLiveId: match.id, pinned: pinned)
            } else {
                if let id = unit.id {
                    notes.append("ou '\(unit.path)' is pinned to '\(id)', which is not in the organization: "
                        + "a new ou is created; fix or drop the pinned id")
                }
                let parent = parentPath == "/" ? OUReference.root(id: live.rootId)
                    : OUReference(path: parentPath, id: parentLiveId)
                let tags = unit.tags.merging(ownerTag) { _, owner in owner }
                ouCreates[unit.path] = add(
                    .createOrganizationalUnit(path: unit.path, name: unit.name, parent: parent, tags: tags),
                    ResourceRef(kind: .organizationalUnit, name: unit.path),
                    changes: [FieldChange(field: "name", before: nil, after: unit.name)]
                        + tags.keys.sorted().map { FieldChange(field: "tags.\($0)", before: nil, after: tags[$0]) },
                    reason: createReason(kind: .organizationalUnit, name: unit.path,
                                         digest: DesiredDigest.organizationalUnit(unit)),
                    dependsOn: ouDependency(path: parentPath))
                walk(unit.children, parentPath: unit.path, parentLiveId: nil, pinned: pinned)
            }
        }
    }

    private func liveMatch(for unit: OrganizationalUnit, parentLiveId: String?,
                           pinned: Set<String>) -> LiveOrganizationalUnit? {
        if let id = unit.id { return liveOUs[id] }
        guard let parentLiveId else { return nil }
        return liveOUsByParentAndName["\(parentLiveId)/\(unit.name)"]?.first { !pinned.contains($0.id) }
    }

    private mutating func planExisting(_ unit: OrganizationalUnit, match: LiveOrganizationalUnit, parentLiveId: String?) {
        let reference = OUReference(path: unit.path, id: match.id)
        let resource = ResourceRef(kind: .organizationalUnit, name: unit.path, awsId: match.id)
        let managed = isManaged(kind: .organizationalUnit, id: match.id, tags: match.tags)
        let reason = managed ? updateReason(kind: .organizationalUnit, id: match.id,
                                            digest: DesiredDigest.organizationalUnit(unit)) : .adoption
        if match.name != unit.name {
            add(.renameOrganizationalUnit(ou: reference, name: unit.name), resource,
                changes: [FieldChange(field: "name", before: match.name, after: unit.name)], reason: reason)
        }
        if let parentLiveId, match.parentId != parentLiveId {
            notes.append("ou '\(unit.path)' (\(match.id)) sits under '\(livePath(ofParent: match.parentId) ?? match.parentId)'; "
                + "AWS cannot move an ou, so recreate it or change the manifest")
        }
        planTags(live: match.tags, desired: unit.tags.merging(ownerTag) { _, owner in owner }, resource: resource,
                 reason: reason,
                 tag: { .tagOrganizationalUnit(ou: reference, tags: $0) },
                 untag: { .untagOrganizationalUnit(ou: reference, keys: $0) })
    }

    /// Plans tag and untag actions for a resource.
    mutating func planTags(live: [String: String]?, desired: [String: String], resource: ResourceRef,
                           reason: ActionReason, dependsOn: [String] = [],
                           tag: ([String: String]) -> ActionKind, untag: ([String]) -> ActionKind) {
        let diff = TagDiff(live: live, desired: desired)
        if !diff.toSet.isEmpty {
            add(tag(diff.toSet), resource, changes: diff.changes.filter { $0.after != nil }, reason: reason,
                dependsOn: dependsOn)
        }
        if !diff.remove.isEmpty {
            add(untag(diff.remove), resource, changes: diff.changes.filter { $0.after == nil }, reason: reason,
                dependsOn: dependsOn)
        }
    }

    /// Live OUs no desired OU matches: deleted when managed and prune is on (deepest first, once empty),
    /// kept when prune is off, reported when unmanaged. Nothing in an ignored subtree is looked at.
    mutating func planRemovedOrganizationalUnits() {
        let matched = Set(ouMatches.values.map(\.id))
        let leftovers = live.organizationalUnits
            .filter { !matched.contains($0.id) && !isIgnored(path: $0.path) }
            .sorted { ($0.path.count, $0.path) > ($1.path.count, $1.path) }
        var deletes: [String: String] = [:]
        for unit in leftovers {
            let resource = ResourceRef(kind: .organizationalUnit, name: unit.path, awsId: unit.id)
            guard isManaged(kind: .organizationalUnit, id: unit.id, tags: unit.tags) else {
                unmanaged.append(resource)
                continue
            }
            guard desired.reconcile.prune else {
                kept.append(resource)
                continue
            }
            let children = leftovers.filter { $0.parentId == unit.id }.compactMap { deletes[$0.id] }
            deletes[unit.id] = add(.deleteOrganizationalUnit(ou: OUReference(path: unit.path, id: unit.id)), resource,
                                   reason: .removedFromManifests, dependsOn: children + (ouVacating[unit.id] ?? []))
        }
    }
}
