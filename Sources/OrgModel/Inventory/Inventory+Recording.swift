extension Inventory {
    /// The inventory to record after a pass: every live resource orgops manages, with the digest of the
    /// spec it now matches.
    ///
    /// Declared resources are found the way the differ matches them (OU by path, account by ID or email,
    /// policy by name and type). Undeclared ones stay in the inventory while they still exist and are
    /// still managed (kept by prune-off, or a delete that failed), so a later pass without tags can
    /// still prune them: the merge-survivors rule of Flux's inventory.
    /// - Parameters:
    ///   - desired: the organization's desired state.
    ///   - live: a snapshot read after the apply.
    ///   - previous: the inventory recorded before, if any.
    ///   - ownerTagKey: the ownership tag's key.
    public static func recording(desired: DesiredOrganization, live: LiveOrganization, previous: Inventory?,
                                 ownerTagKey: String = PlanOptions.defaultOwnerTagKey) -> Inventory {
        var entries: [InventoryEntry] = []
        var seen: Set<String> = []
        func isManaged(_ kind: ResourceKind, _ id: String, _ tags: [String: String]?) -> Bool {
            if let tags { return tags[ownerTagKey] == desired.name }
            return previous?.manages(kind: kind, awsId: id) ?? false
        }
        for unit in desired.allOrganizationalUnits where !unit.ignore {
            guard let match = live.organizationalUnits.first(where: { $0.id == unit.id || $0.path == unit.path }) else { continue }
            seen.insert(match.id)
            entries.append(InventoryEntry(kind: .organizationalUnit, name: unit.path, awsId: match.id,
                                          digest: DesiredDigest.organizationalUnit(unit)))
        }
        for account in desired.accounts {
            let email = account.email.lowercased()
            guard let match = live.accounts.first(where: { $0.id == account.accountId || $0.email.lowercased() == email })
            else { continue }
            seen.insert(match.id)
            entries.append(InventoryEntry(kind: .account, name: account.name, awsId: match.id,
                                          digest: DesiredDigest.account(account), onRemoval: account.onRemoval))
        }
        for policy in desired.policies where policy.awsManaged == nil {
            guard let match = live.policies.first(where: { !$0.awsManaged && $0.name == policy.policyName && $0.type == policy.type })
            else { continue }
            seen.insert(match.id)
            entries.append(InventoryEntry(kind: .policy, name: policy.name, awsId: match.id, digest: DesiredDigest.policy(policy)))
        }
        for unit in live.organizationalUnits where !seen.contains(unit.id) && isManaged(.organizationalUnit, unit.id, unit.tags) {
            entries.append(previous?.entry(kind: .organizationalUnit, awsId: unit.id)
                ?? InventoryEntry(kind: .organizationalUnit, name: unit.path, awsId: unit.id))
        }
        for account in live.accounts where !seen.contains(account.id) && account.status == "ACTIVE"
            && isManaged(.account, account.id, account.tags) {
            entries.append(previous?.entry(kind: .account, awsId: account.id)
                ?? InventoryEntry(kind: .account, name: account.name, awsId: account.id))
        }
        for policy in live.policies where !policy.awsManaged && !seen.contains(policy.id)
            && isManaged(.policy, policy.id, policy.tags) {
            entries.append(previous?.entry(kind: .policy, awsId: policy.id)
                ?? InventoryEntry(kind: .policy, name: policy.name, awsId: policy.id))
        }
        return Inventory(organization: desired.name, entries: entries)
    }
}
