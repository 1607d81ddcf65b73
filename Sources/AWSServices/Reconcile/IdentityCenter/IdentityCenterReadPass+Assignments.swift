import AWSClient
import OrgModel

/// Every group and user of the identity store, when the per-principal way of reading assignments is tried.
struct IdentityCenterPrincipals: Sendable {
    /// Display name → group ID.
    var groups: [String: String] = [:]
    /// User name → user ID.
    var users: [String: String] = [:]

    /// How many principals there are.
    var count: Int { groups.count + users.count }
}

/// Step 5 and 6 of a read: live assignments of the managed permission sets, and the principals the manifests name.
extension IdentityCenterReadPass {
    /// ListAccountAssignments per (permission set, account it is provisioned to).
    func assignmentsPerPermissionSet(_ sets: [LivePermissionSet]) async throws -> [LiveAssignment] {
        let pairs = sets.flatMap { set in set.provisionedAccountIds.map { (set.arn, $0) } }
        let pages = try await concurrentMap(pairs, width: width) { arn, account in
            try await api.listAllAccountAssignments(.init(instanceArn: instance.instanceArn, accountId: account,
                                                          permissionSetArn: arn))
        }
        return pages.flatMap { $0 }.compactMap { item in
            guard let arn = item.permissionSetArn, let account = item.accountId, let type = item.principalType,
                  let id = item.principalId else { return nil }
            return LiveAssignment(permissionSetArn: arn, accountId: account, principalType: type, principalId: id)
        }
    }

    /// ListAccountAssignmentsForPrincipal per group and user, keeping the managed permission sets' assignments.
    func assignmentsPerPrincipal(_ principals: IdentityCenterPrincipals, managed: Set<String>) async throws -> [LiveAssignment] {
        let all = principals.groups.values.sorted().map { ("GROUP", $0) } + principals.users.values.sorted().map { ("USER", $0) }
        let pages = try await concurrentMap(all, width: width) { type, id in
            try await api.listAllAccountAssignmentsForPrincipal(.init(instanceArn: instance.instanceArn, principalId: id,
                                                                      principalType: type))
        }
        return pages.flatMap { $0 }.compactMap { item in
            guard let arn = item.permissionSetArn, managed.contains(arn), let account = item.accountId,
                  let type = item.principalType, let id = item.principalId else { return nil }
            return LiveAssignment(permissionSetArn: arn, accountId: account, principalType: type, principalId: id)
        }
    }

    /// ListGroups and ListUsers of the identity store.
    func listPrincipals() async throws -> IdentityCenterPrincipals {
        async let groups = store.listAllGroups(.init(identityStoreId: instance.identityStoreId))
        async let users = store.listAllUsers(.init(identityStoreId: instance.identityStoreId))
        var out = IdentityCenterPrincipals()
        for group in try await groups { if let name = group.displayName, let id = group.groupId { out.groups[name] = id } }
        for user in try await users { if let name = user.userName, let id = user.userId { out.users[name] = id } }
        return out
    }

    /// The IDs of the names the manifests use: from the listing when there was one, else one lookup per name.
    func resolve(_ listed: IdentityCenterPrincipals?) async throws -> IdentityCenterPrincipals {
        if let listed {
            return IdentityCenterPrincipals(groups: listed.groups.filter { request.groups.contains($0.key) },
                                            users: listed.users.filter { request.users.contains($0.key) })
        }
        let groupNames = request.groups.sorted()
        let userNames = request.users.sorted()
        async let groupIds = concurrentMap(groupNames, width: width) { name in try await lookUp(path: "DisplayName", name) }
        async let userIds = concurrentMap(userNames, width: width) { name in try await lookUp(path: "UserName", name) }
        var out = IdentityCenterPrincipals()
        for (name, id) in zip(groupNames, try await groupIds) { out.groups[name] = id }
        for (name, id) in zip(userNames, try await userIds) { out.users[name] = id }
        return out
    }

    /// GetGroupId or GetUserId by a unique attribute; nil when the store has no such principal.
    private func lookUp(path: String, _ value: String) async throws -> String? {
        let identifier = IdentityStoreAPI.AlternateIdentifier(
            uniqueAttribute: IdentityStoreAPI.UniqueAttribute(attributePath: path, attributeValue: .string(value)))
        do {
            if path == "DisplayName" {
                return try await store.getGroupId(.init(identityStoreId: instance.identityStoreId,
                                                        alternateIdentifier: identifier)).groupId
            }
            return try await store.getUserId(.init(identityStoreId: instance.identityStoreId,
                                                   alternateIdentifier: identifier)).userId
        } catch let error as AWSError where error.code == "ResourceNotFoundException" {
            return nil
        }
    }
}
