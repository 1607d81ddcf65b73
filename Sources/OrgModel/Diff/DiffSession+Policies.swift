/// Policies of every type: content, description, tags and attachments; AWS-managed ones only through `awsManaged`.
extension DiffSession {
    /// A desired policy with the live one it is matched with.
    struct PolicyPair {
        var desired: DesiredPolicy
        var live: LivePolicy?
        var reference: PolicyReference
        var dependencies: [String]
    }

    /// Plans creates, updates and attaches first, then detaches (after any attach to the same target,
    /// so an entity never loses its last policy of a type), then prunes removed policies.
    mutating func planPolicies() {
        var pairs: [PolicyPair] = []
        var attaches: [String: [String]] = [:]
        var automaticDetaches: [(pair: PolicyPair, target: AutomaticTarget)] = []
        for policy in desired.policies {
            guard let pair = planPolicy(policy) else { continue }
            pairs.append(pair)
            let automatic = automaticTargets(policy: policy, live: pair.live)
            let automaticKeys = Set(automatic.map(\.reference.description))
            let wantedKeys = Set(policy.targets.map { resolve($0).reference.description })
            automaticDetaches += automatic.filter { !wantedKeys.contains($0.reference.description) }.map { (pair, $0) }
            for target in policy.targets {
                let resolved = resolve(target)
                if let id = resolved.liveId, pair.live?.targetIds.contains(id) == true { continue }
                if automaticKeys.contains(resolved.reference.description) { continue }
                let attach = add(.attachPolicy(policy: pair.reference, target: resolved.reference),
                                 attachmentResource(policy.name, resolved.reference), reason: attachReason(pair),
                                 dependsOn: pair.dependencies + resolved.dependencies)
                attaches[attachKey(policy.type, resolved.reference), default: []].append(attach)
            }
        }
        for (pair, automatic) in automaticDetaches {
            add(.detachPolicy(policy: pair.reference, target: automatic.reference),
                attachmentResource(pair.desired.name, automatic.reference), reason: .newInManifests,
                dependsOn: pair.dependencies + automatic.dependencies
                    + (attaches[attachKey(pair.desired.type, automatic.reference)] ?? []))
        }
        for pair in pairs {
            guard let live = pair.live else { continue }
            let wanted = Set(pair.desired.targets.compactMap { resolve($0).liveId })
            for targetId in live.targetIds where !wanted.contains(targetId) && !isIgnored(targetId: targetId) {
                let target = liveTarget(targetId)
                let detach = add(.detachPolicy(policy: pair.reference, target: target),
                                 attachmentResource(pair.desired.name, target),
                                 reason: updateReason(kind: .policy, id: live.id, digest: DesiredDigest.policy(pair.desired)),
                                 dependsOn: attaches[attachKey(live.type, target)] ?? [])
                ouVacating[targetId, default: []].append(detach)
            }
        }
        planRemovedPolicies(declared: Set(pairs.compactMap { $0.live?.id }), attaches: attaches)
    }

    private mutating func planPolicy(_ policy: DesiredPolicy) -> PolicyPair? {
        var dependencies = policyTypeEnables[policy.type].map { [$0] } ?? []
        if let awsManaged = policy.awsManaged {
            guard let match = live.policies.first(where: { $0.awsManaged && $0.name == awsManaged && $0.type == policy.type })
            else {
                if live.exists && policyTypeEnables[policy.type] == nil {
                    notes.append("policy '\(policy.name)' takes over AWS-managed '\(awsManaged)', which the organization does not have")
                    return nil
                }
                // AWS gives its managed policies fixed IDs (`p-FullAWSAccess`), so the ID is known before the type is enabled.
                return PolicyPair(desired: policy, live: nil,
                                  reference: PolicyReference(name: awsManaged, type: policy.type, id: "p-\(awsManaged)"),
                                  dependencies: dependencies)
            }
            return PolicyPair(desired: policy, live: match,
                              reference: PolicyReference(name: policy.name, type: policy.type, id: match.id),
                              dependencies: dependencies)
        }
        let match = live.policies.first { !$0.awsManaged && $0.name == policy.policyName && $0.type == policy.type }
        let tags = policy.tags.merging(ownerTag) { _, owner in owner }
        let content = policy.document?.canonicalJSON ?? ""
        guard let match else {
            let create = add(.createPolicy(NewPolicy(name: policy.name, policyName: policy.policyName, type: policy.type,
                                                     description: policy.description, content: content, tags: tags)),
                             ResourceRef(kind: .policy, name: policy.name),
                             changes: [FieldChange(field: "type", before: nil, after: policy.type),
                                       FieldChange(field: "description", before: nil, after: policy.description),
                                       FieldChange(field: "content", before: nil, after: content)]
                                 + tags.keys.sorted().map { FieldChange(field: "tags.\($0)", before: nil, after: tags[$0]) },
                             reason: createReason(kind: .policy, name: policy.name, digest: DesiredDigest.policy(policy)),
                             dependsOn: dependencies)
            dependencies.append(create)
            return PolicyPair(desired: policy, live: nil,
                              reference: PolicyReference(name: policy.name, type: policy.type, id: nil),
                              dependencies: dependencies)
        }
        let reference = PolicyReference(name: policy.name, type: policy.type, id: match.id)
        let resource = ResourceRef(kind: .policy, name: policy.name, awsId: match.id)
        let managed = isManaged(kind: .policy, id: match.id, tags: match.tags)
        let reason = managed ? updateReason(kind: .policy, id: match.id, digest: DesiredDigest.policy(policy)) : .adoption
        var changes: [FieldChange] = []
        if match.description != policy.description {
            changes.append(FieldChange(field: "description", before: match.description, after: policy.description))
        }
        if let liveContent = match.canonicalContent, liveContent != content {
            changes.append(FieldChange(field: "content", before: liveContent, after: content))
        }
        if !changes.isEmpty {
            let update = add(.updatePolicy(policy: reference, name: nil,
                                           description: match.description != policy.description ? policy.description : nil,
                                           content: changes.contains { $0.field == "content" } ? content : nil),
                             resource, changes: changes, reason: reason)
            dependencies.append(update)
        }
        planTags(live: match.tags, desired: tags, resource: resource, reason: reason,
                 tag: { .tagPolicy(policy: reference, tags: $0) }, untag: { .untagPolicy(policy: reference, keys: $0) })
        return PolicyPair(desired: policy, live: match, reference: reference, dependencies: dependencies)
    }

    /// Managed policies no manifest declares: detached everywhere then deleted when prune is on, else kept;
    /// customer policies orgops does not manage are reported; AWS-managed ones are AWS's and left out.
    private mutating func planRemovedPolicies(declared: Set<String>, attaches: [String: [String]]) {
        for policy in live.policies where !policy.awsManaged && !declared.contains(policy.id) {
            let resource = ResourceRef(kind: .policy, name: inventoryIndex.entry(kind: .policy, awsId: policy.id)?.name ?? policy.name,
                                       awsId: policy.id)
            guard isManaged(kind: .policy, id: policy.id, tags: policy.tags) else {
                unmanaged.append(resource)
                continue
            }
            guard desired.reconcile.prune else {
                kept.append(resource)
                continue
            }
            let reference = PolicyReference(name: resource.name, type: policy.type, id: policy.id)
            var detaches: [String] = []
            for targetId in policy.targetIds {
                let target = liveTarget(targetId)
                let detach = add(.detachPolicy(policy: reference, target: target), attachmentResource(resource.name, target),
                                 reason: .removedFromManifests, dependsOn: attaches[attachKey(policy.type, target)] ?? [])
                detaches.append(detach)
                ouVacating[targetId, default: []].append(detach)
            }
            let delete = add(.deletePolicy(policy: reference), resource, reason: .removedFromManifests, dependsOn: detaches)
            policyTypeCleanup[policy.type, default: []] += detaches + [delete]
        }
    }

    private func resolve(_ target: PolicyTarget) -> (reference: TargetReference, liveId: String?, dependencies: [String]) {
        switch target {
        case .root:
            return (.root(id: live.rootId), live.rootId, [])
        case .organizationalUnit(let path):
            let reference = ouReference(path: path)
            return (.organizationalUnit(reference), reference.id, ouDependency(path: path))
        case .account(let ref):
            let reference = accountReference(ref)
            return (.account(reference), reference.id, accountDependency(ref))
        }
    }

    private func liveTarget(_ id: String) -> TargetReference {
        if id == live.rootId { return .root(id: id) }
        if let unit = liveOUs[id] { return .organizationalUnit(OUReference(path: unit.path, id: id)) }
        return .account(AccountReference(name: accountName(id: id), id: id))
    }

    private func isIgnored(targetId: String) -> Bool {
        if let unit = liveOUs[targetId] { return isIgnored(path: unit.path) }
        if let account = liveAccounts[targetId], let path = livePath(ofParent: account.parentId) {
            return isIgnored(path: path)
        }
        return false
    }

    private func attachReason(_ pair: PolicyPair) -> ActionReason {
        guard let live = pair.live else { return .newInManifests }
        return updateReason(kind: .policy, id: live.id, digest: DesiredDigest.policy(pair.desired))
    }

    private func attachKey(_ type: String, _ target: TargetReference) -> String { "\(type) \(target)" }

    private func attachmentResource(_ policy: String, _ target: TargetReference) -> ResourceRef {
        ResourceRef(kind: .attachment, name: "\(policy) → \(target)")
    }
}
