/// Accounts: match by ID, then email, then an earlier CreateAccount request; create, adopt, move, tag, and prune.
extension DiffSession {
    /// Plans every declared account, then what to do with live accounts no manifest declares.
    mutating func planAccounts() {
        for account in desired.accounts {
            if let match = liveMatch(for: account) {
                accountMatches[account.name] = match
                accountNamesById[match.id] = account.name
                planExisting(account, match: match)
            } else if let id = account.accountId, !live.exists, id == desired.managementAccountId {
                // The management account joins the organization it creates: adopt it once that exists.
                let tags = account.tags.merging(ownerTag) { _, owner in owner }
                accountCreates[account.name] = add(
                    .adoptAccount(account: AccountReference(name: account.name, id: id), tags: tags),
                    ResourceRef(kind: .account, name: account.name, awsId: id),
                    changes: tags.keys.sorted().map { FieldChange(field: "tags.\($0)", before: nil, after: tags[$0]) },
                    reason: .adoption, dependsOn: ouDependency(path: account.organizationalUnit))
            } else if let id = account.accountId {
                notes.append("account '\(account.name)' names id \(id), which is not in the organization: "
                    + "invite it (or drop the accountId to create a new account)")
            } else {
                planCreate(account)
            }
        }
        planRemovedAccounts()
    }

    private func liveMatch(for account: DesiredAccount) -> LiveAccount? {
        if let id = account.accountId { return liveAccounts[id] }
        return liveAccountsByEmail[account.email.lowercased()]
    }

    private mutating func planCreate(_ account: DesiredAccount) {
        // In flight, or done but its account not listed yet (Organizations is eventually consistent): wait for it.
        let request = live.createAccountRequests.last {
            $0.accountName == account.accountName
                && ($0.state == "IN_PROGRESS" || ($0.state == "SUCCEEDED" && $0.accountId.map { liveAccounts[$0] == nil } == true))
        }
        let parent = ouReference(path: account.organizationalUnit)
        let tags = account.tags.merging(ownerTag) { _, owner in owner }
        let payload = NewAccount(name: account.name, accountName: account.accountName, email: account.email,
                                 parent: parent, tags: tags, roleName: account.roleName,
                                 iamUserAccessToBilling: account.iamUserAccessToBilling,
                                 existingRequestId: request?.id)
        var changes = [FieldChange(field: "accountName", before: nil, after: account.accountName),
                       FieldChange(field: "email", before: nil, after: account.email),
                       FieldChange(field: "organizationalUnit", before: nil, after: account.organizationalUnit)]
        changes += tags.keys.sorted().map { FieldChange(field: "tags.\($0)", before: nil, after: tags[$0]) }
        if let request { changes.append(FieldChange(field: "request", before: nil, after: request.id)) }
        accountCreates[account.name] = add(.createAccount(payload), ResourceRef(kind: .account, name: account.name),
                                           changes: changes, reason: request == nil
                                               ? createReason(kind: .account, name: account.name,
                                                              digest: DesiredDigest.account(account))
                                               : .resumeCreate,
                                           dependsOn: ouDependency(path: account.organizationalUnit))
    }

    private mutating func planExisting(_ account: DesiredAccount, match: LiveAccount) {
        let reference = AccountReference(name: account.name, id: match.id)
        let resource = ResourceRef(kind: .account, name: account.name, awsId: match.id)
        let desiredTags = account.tags.merging(ownerTag) { _, owner in owner }
        // Without tags (a cheap read) and without an inventory entry ownership cannot be checked; adoption
        // waits for the next full read rather than being planned on every cheap pass.
        let managed = isManaged(kind: .account, id: match.id, tags: match.tags) || match.tags == nil
        let reason = updateReason(kind: .account, id: match.id, digest: DesiredDigest.account(account))
        if match.status != "ACTIVE" {
            notes.append("account '\(account.name)' (\(match.id)) is \(match.status); orgops leaves it as it is")
            return
        }
        if !managed {
            let adopt = add(.adoptAccount(account: reference, tags: desiredTags), resource,
                            changes: TagDiff(live: match.tags ?? [:], desired: desiredTags).changes.filter { $0.after != nil },
                            reason: .adoption)
            accountCreates[account.name] = adopt
        } else {
            planTags(live: match.tags, desired: desiredTags, resource: resource, reason: reason,
                     tag: { .tagAccount(account: reference, tags: $0) },
                     untag: { .untagAccount(account: reference, keys: $0) })
        }
        let target = ouReference(path: account.organizationalUnit)
        guard target.id != match.parentId else { return }
        let from = OUReference(path: livePath(ofParent: match.parentId) ?? match.parentId, id: match.parentId)
        let move = add(.moveAccount(account: reference, from: from, to: target), resource,
                       changes: [FieldChange(field: "organizationalUnit", before: from.path, after: target.path)],
                       reason: managed ? reason : .adoption, dependsOn: ouDependency(path: account.organizationalUnit))
        ouVacating[match.parentId, default: []].append(move)
    }

    /// Live accounts no manifest declares: managed ones follow `onRemoval` when prune is on, are kept when off;
    /// the rest are reported. The management account and accounts in ignored subtrees are never looked at.
    private mutating func planRemovedAccounts() {
        let matched = Set(accountMatches.values.map(\.id))
        for account in live.accounts where !matched.contains(account.id) {
            if account.id == live.managementAccountId || account.id == desired.managementAccountId { continue }
            if account.status != "ACTIVE" { continue }
            if let path = livePath(ofParent: account.parentId), isIgnored(path: path) { continue }
            let entry = inventoryIndex.entry(kind: .account, awsId: account.id)
            let resource = ResourceRef(kind: .account, name: entry?.name ?? account.name, awsId: account.id)
            guard isManaged(kind: .account, id: account.id, tags: account.tags) else {
                unmanaged.append(resource)
                continue
            }
            guard desired.reconcile.prune else {
                kept.append(resource)
                continue
            }
            let reference = AccountReference(name: nil, id: account.id)
            let id: String
            switch entry?.onRemoval ?? "release" {
            case "remove":
                id = add(.removeAccount(account: reference), resource, reason: .removedFromManifests)
            case "close":
                id = add(.closeAccount(account: reference), resource, reason: .removedFromManifests)
            default:
                id = add(.releaseAccount(account: reference, ownerTagKey: options.ownerTagKey), resource,
                         changes: [FieldChange(field: "tags.\(options.ownerTagKey)", before: desired.name, after: nil)],
                         reason: .removedFromManifests)
                continue
            }
            ouVacating[account.parentId, default: []].append(id)
        }
    }
}
