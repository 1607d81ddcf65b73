/// Permission sets: create, adopt or converge each declared one; prune or keep the managed ones no manifest declares.
extension IdentityCenterDiffSession {
    /// Plans every declared permission set.
    mutating func planPermissionSets() {
        for permissionSet in desired.permissionSets {
            let tags = permissionSet.tags.merging(ownerTag) { _, owner in owner }
            guard let match = live.permissionSet(named: permissionSet.permissionSetName) else {
                planCreate(permissionSet, resource: ResourceRef(kind: .permissionSet, name: permissionSet.name), tags: tags)
                continue
            }
            let resource = ResourceRef(kind: .permissionSet, name: permissionSet.name, awsId: match.arn)
            let reference = PermissionSetReference(name: match.name, arn: match.arn)
            let owner = match.tags[options.ownerTagKey]
            var prerequisites: [String] = []
            if owner == desired.name {
                prerequisites += planTags(live: match.tags, desired: tags, reference: reference, resource: resource)
            } else if owner == nil && permissionSet.adopt {
                let changes = TagDiff(live: match.tags, desired: tags).changes.filter { $0.after != nil }
                prerequisites.append(add(.adoptPermissionSet(permissionSet: reference, tags: tags), resource,
                                         changes: changes, reason: .adoption))
            } else {
                unmanaged.append(resource)
                let holder = owner.map { "is managed by '\($0)'" } ?? "has no '\(options.ownerTagKey)' tag"
                notes.append("permission set '\(match.name)' exists and \(holder): orgops leaves it and its assignments "
                    + "alone; set 'adopt: true' in \(permissionSet.source) to take it over")
                continue
            }
            let content = planContent(permissionSet, live: match, reference: reference, resource: resource,
                                      after: prerequisites)
            if !content.isEmpty && !match.provisionedAccountIds.isEmpty {
                add(.provisionPermissionSet(permissionSet: reference, accountIds: match.provisionedAccountIds), resource,
                    changes: [FieldChange(field: "accounts", before: nil, after: "\(match.provisionedAccountIds.count)")],
                    reason: .changedInManifests, dependsOn: content)
            }
            managed[permissionSet.name] = ManagedPermissionSet(reference: reference, prerequisites: prerequisites + content)
        }
    }

    private mutating func planCreate(_ permissionSet: DesiredPermissionSet, resource: ResourceRef, tags: [String: String]) {
        let reference = PermissionSetReference(name: permissionSet.permissionSetName, arn: nil)
        let new = NewPermissionSet(name: permissionSet.permissionSetName, description: permissionSet.description,
                                   sessionDuration: permissionSet.sessionDuration, relayState: permissionSet.relayState,
                                   tags: tags)
        var changes = [FieldChange(field: "name", before: nil, after: permissionSet.permissionSetName),
                       FieldChange(field: "sessionDuration", before: nil, after: permissionSet.sessionDuration)]
        if let description = permissionSet.description {
            changes.append(FieldChange(field: "description", before: nil, after: description))
        }
        changes += tags.keys.sorted().map { FieldChange(field: "tags.\($0)", before: nil, after: tags[$0]) }
        let create = add(.createPermissionSet(new), resource, changes: changes, reason: .newInManifests)
        let empty = LivePermissionSet(arn: "", name: permissionSet.permissionSetName, description: permissionSet.description,
                                      sessionDuration: permissionSet.sessionDuration, relayState: permissionSet.relayState)
        let content = planContent(permissionSet, live: empty, reference: reference, resource: resource, after: [create],
                                  reason: .newInManifests)
        managed[permissionSet.name] = ManagedPermissionSet(reference: reference, prerequisites: [create] + content)
    }

    /// Tag and untag actions bringing `live` tags to `desired`; their IDs.
    private mutating func planTags(live: [String: String], desired: [String: String], reference: PermissionSetReference,
                                   resource: ResourceRef) -> [String] {
        let diff = TagDiff(live: live, desired: desired)
        var ids: [String] = []
        if !diff.toSet.isEmpty {
            ids.append(add(.tagPermissionSet(permissionSet: reference, tags: diff.toSet), resource,
                           changes: diff.changes.filter { $0.after != nil }, reason: .changedInManifests))
        }
        if !diff.remove.isEmpty {
            ids.append(add(.untagPermissionSet(permissionSet: reference, keys: diff.remove), resource,
                           changes: diff.changes.filter { $0.after == nil }, reason: .changedInManifests))
        }
        return ids
    }

    /// Field, policy, inline-policy and boundary changes; returns their IDs (what provisioning waits for).
    private mutating func planContent(_ permissionSet: DesiredPermissionSet, live match: LivePermissionSet,
                                      reference: PermissionSetReference, resource: ResourceRef, after: [String],
                                      reason: ActionReason = .changedInManifests) -> [String] {
        var ids: [String] = []
        var changes: [FieldChange] = []
        var description: String?
        var duration: String?
        var relay: String?
        if let wanted = permissionSet.description, wanted != (match.description ?? "") {
            description = wanted
            changes.append(FieldChange(field: "description", before: match.description, after: wanted))
        }
        if permissionSet.sessionDuration != (match.sessionDuration ?? "PT1H") {
            duration = permissionSet.sessionDuration
            changes.append(FieldChange(field: "sessionDuration", before: match.sessionDuration, after: duration))
        }
        if let wanted = permissionSet.relayState, wanted != (match.relayState ?? "") {
            relay = wanted
            changes.append(FieldChange(field: "relayState", before: match.relayState, after: wanted))
        }
        if !changes.isEmpty {
            ids.append(add(.updatePermissionSet(permissionSet: reference, description: description, sessionDuration: duration,
                                                relayState: relay), resource, changes: changes, reason: reason, dependsOn: after))
        }
        let liveManaged = Set(match.managedPolicies)
        let wantedManaged = Set(permissionSet.managedPolicies)
        for arn in wantedManaged.subtracting(liveManaged).sorted() {
            ids.append(add(.attachManagedPolicy(permissionSet: reference, arn: arn), resource, detail: arn,
                           changes: [FieldChange(field: "managedPolicies", before: nil, after: arn)], reason: reason,
                           dependsOn: after))
        }
        for arn in liveManaged.subtracting(wantedManaged).sorted() {
            ids.append(add(.detachManagedPolicy(permissionSet: reference, arn: arn), resource, detail: arn,
                           changes: [FieldChange(field: "managedPolicies", before: arn, after: nil)], reason: reason,
                           dependsOn: after))
        }
        let liveCustomer = Set(match.customerManagedPolicies)
        let wantedCustomer = Set(permissionSet.customerManagedPolicies.map(LiveCustomerManagedPolicy.init))
        for policy in wantedCustomer.subtracting(liveCustomer).sorted() {
            ids.append(add(.attachCustomerManagedPolicy(permissionSet: reference, policy: policy), resource,
                           detail: policy.description,
                           changes: [FieldChange(field: "customerManagedPolicies", before: nil, after: policy.description)],
                           reason: reason, dependsOn: after))
        }
        for policy in liveCustomer.subtracting(wantedCustomer).sorted() {
            ids.append(add(.detachCustomerManagedPolicy(permissionSet: reference, policy: policy), resource,
                           detail: policy.description,
                           changes: [FieldChange(field: "customerManagedPolicies", before: policy.description, after: nil)],
                           reason: reason, dependsOn: after))
        }
        let wantedInline = permissionSet.inlinePolicy?.canonicalJSON
        if wantedInline != match.inlinePolicy {
            let change = [FieldChange(field: "inlinePolicy", before: match.inlinePolicy, after: wantedInline)]
            if let wantedInline {
                ids.append(add(.putInlinePolicy(permissionSet: reference, document: wantedInline), resource,
                               detail: "inline-policy", changes: change, reason: reason, dependsOn: after))
            } else {
                ids.append(add(.deleteInlinePolicy(permissionSet: reference), resource, detail: "inline-policy",
                               changes: change, reason: reason, dependsOn: after))
            }
        }
        let wantedBoundary = permissionSet.permissionsBoundary.map(LivePermissionsBoundary.init)
        if wantedBoundary != match.permissionsBoundary {
            let change = [FieldChange(field: "permissionsBoundary", before: match.permissionsBoundary?.description,
                                      after: wantedBoundary?.description)]
            if let wantedBoundary {
                ids.append(add(.putPermissionsBoundary(permissionSet: reference, boundary: wantedBoundary), resource,
                               detail: "boundary", changes: change, reason: reason, dependsOn: after))
            } else {
                ids.append(add(.deletePermissionsBoundary(permissionSet: reference), resource, detail: "boundary",
                               changes: change, reason: reason, dependsOn: after))
            }
        }
        return ids
    }

    /// Managed permission sets no manifest declares: with prune, their assignments are deleted and then they are;
    /// without, they are kept (assignments untouched).
    mutating func planRemovedPermissionSets() {
        let declared = Set(desired.permissionSets.map(\.permissionSetName))
        for permissionSet in live.permissionSets where !declared.contains(permissionSet.name) {
            let resource = ResourceRef(kind: .permissionSet, name: permissionSet.name, awsId: permissionSet.arn)
            guard permissionSet.tags[options.ownerTagKey] == desired.name else {
                unmanaged.append(resource)
                continue
            }
            guard desired.reconcile.prune else {
                kept.append(resource)
                continue
            }
            let reference = PermissionSetReference(name: permissionSet.name, arn: permissionSet.arn)
            let deletions = live.assignments.filter { $0.permissionSetArn == permissionSet.arn }.map {
                planDelete($0, reference: reference, reason: .removedFromManifests)
            }
            add(.deletePermissionSet(permissionSet: reference), resource, reason: .removedFromManifests, dependsOn: deletions)
        }
    }
}
