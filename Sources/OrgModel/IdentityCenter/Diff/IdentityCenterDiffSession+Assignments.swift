/// Assignments: the manifests' targets expanded over the projected organization, compared per managed permission set.
extension IdentityCenterDiffSession {
    /// One desired assignment, expanded: a permission set, a principal and one account.
    private struct Wanted: Hashable {
        var permissionSet: String
        var accountKey: String
        var principalType: String
        var principalId: String
    }

    /// Plans creations of what the manifests declare and is missing, and deletions of what managed permission sets
    /// have and the manifests do not. A suspended or closing account gets nothing new and loses nothing.
    mutating func planAssignments() {
        var wanted: [Wanted: (ProjectedAccount, String)] = [:]
        for assignment in desired.assignments {
            guard let permissionSet = managed[assignment.permissionSet] else {
                if !desired.permissionSets.contains(where: { $0.name == assignment.permissionSet }) {
                    errors.append(IdentityCenterPlanError(
                        code: "unknown-permission-set",
                        message: "assignment '\(assignment.name)' names permission set '\(assignment.permissionSet)', "
                            + "which no PermissionSet manifest declares (\(assignment.source))",
                        subject: "permission-set \(assignment.permissionSet)"))
                }
                continue
            }
            let (type, name) = Self.describe(assignment.principal)
            guard let principalId = live.principalId(assignment.principal) else {
                errors.append(IdentityCenterPlanError(
                    code: "unknown-principal",
                    message: "assignment '\(assignment.name)' names \(type.lowercased()) '\(name)', which the identity store "
                        + "\(live.identityStoreId) does not have (\(assignment.source))",
                    subject: "\(type.lowercased()) \(name)"))
                continue
            }
            for account in expand(assignment) where account.active {
                let key = Wanted(permissionSet: permissionSet.reference.name, accountKey: account.key,
                                 principalType: type, principalId: principalId)
                wanted[key] = (account, name)
            }
        }
        var liveKeys = Set<Wanted>()
        let byArn = Dictionary(managed.values.compactMap { set in set.reference.arn.map { ($0, set) } },
                               uniquingKeysWith: { first, _ in first })
        let byName = Dictionary(managed.values.map { ($0.reference.name, $0) }, uniquingKeysWith: { first, _ in first })
        for assignment in live.assignments {
            guard let permissionSet = byArn[assignment.permissionSetArn] else { continue }
            let account = projection.account(id: assignment.accountId)
            if account?.active == false { continue }
            let key = Wanted(permissionSet: permissionSet.reference.name, accountKey: account?.key ?? assignment.accountId,
                             principalType: assignment.principalType, principalId: assignment.principalId)
            liveKeys.insert(key)
            if wanted[key] == nil {
                planDelete(assignment, reference: permissionSet.reference, reason: .changedOutOfBand)
            }
        }
        for (key, value) in wanted.sorted(by: { Self.order($0.key, $1.key) }) where !liveKeys.contains(key) {
            let (account, principalName) = value
            guard let permissionSet = byName[key.permissionSet] else { continue }
            let target = AssignmentTarget(permissionSet: permissionSet.reference,
                                          account: AccountReference(name: account.name, id: account.id),
                                          principalType: key.principalType, principalId: key.principalId,
                                          principalName: principalName)
            add(.createAssignment(target), ResourceRef(kind: .accountAssignment, name: target.description, awsId: account.id),
                changes: [FieldChange(field: "account", before: nil, after: account.id ?? account.key)],
                reason: .newInManifests, dependsOn: permissionSet.prerequisites + accountPrerequisites(account))
        }
    }

    /// Plans the deletion of one live assignment; returns its action ID.
    @discardableResult
    mutating func planDelete(_ assignment: LiveAssignment, reference: PermissionSetReference, reason: ActionReason) -> String {
        let account = projection.account(id: assignment.accountId)
        let names = assignment.principalType == "GROUP" ? live.groups : live.users
        let target = AssignmentTarget(permissionSet: reference,
                                      account: AccountReference(name: account?.name, id: assignment.accountId),
                                      principalType: assignment.principalType, principalId: assignment.principalId,
                                      principalName: names.first { $0.value == assignment.principalId }?.key)
        return add(.deleteAssignment(target), ResourceRef(kind: .accountAssignment, name: target.description,
                                                          awsId: assignment.accountId),
                   changes: [FieldChange(field: "account", before: assignment.accountId, after: nil)], reason: reason)
    }

    /// The accounts an assignment targets: its OUs recursively and its accounts, minus its exclusions.
    private mutating func expand(_ assignment: DesiredAssignment) -> [ProjectedAccount] {
        var out: [String: ProjectedAccount] = [:]
        for path in assignment.organizationalUnits {
            guard projection.knows(path: path) else {
                errors.append(IdentityCenterPlanError(
                    code: "unknown-organizational-unit",
                    message: "assignment '\(assignment.name)' targets ou '\(path)', which neither the manifests nor "
                        + "the organization have (\(assignment.source))",
                    subject: "organizational-unit \(path)"))
                continue
            }
            for account in projection.accounts(under: path) { out[account.key] = account }
        }
        for reference in assignment.accounts {
            guard let account = projection.account(reference) else {
                errors.append(IdentityCenterPlanError(
                    code: "unknown-account",
                    message: "assignment '\(assignment.name)' targets account '\(reference)', which is not in the "
                        + "organization and no manifest creates (\(assignment.source))",
                    subject: "account \(reference)"))
                continue
            }
            out[account.key] = account
        }
        for reference in assignment.excludeAccounts {
            if let account = projection.account(reference) { out[account.key] = nil }
        }
        return out.values.sorted()
    }

    private static func describe(_ principal: Principal) -> (type: String, name: String) {
        switch principal {
        case .group(let name): ("GROUP", name)
        case .user(let name): ("USER", name)
        }
    }

    private static func order(_ a: Wanted, _ b: Wanted) -> Bool {
        (a.permissionSet, a.accountKey, a.principalType, a.principalId)
            < (b.permissionSet, b.accountKey, b.principalType, b.principalId)
    }
}
