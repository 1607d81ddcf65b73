import AWSClient
import OrgModel

/// One read of one instance: the steps `IdentityCenterLiveReader` documents, with the pass's lookups cached.
struct IdentityCenterReadPass: Sendable {
    let organization: String
    let request: IdentityCenterReadRequest
    let instance: IdentityCenterInstance
    let api: SSOAdminAPI
    let store: IdentityStoreAPI
    let width: Int

    func run() async throws -> LiveIdentityCenter {
        if request.ownedOnly { return try await runOwnedOnly() }
        let arns = try await api.listAllPermissionSets(.init(instanceArn: instance.instanceArn))
        var sets = try await concurrentMap(arns, width: width) { arn in try await summary(arn) }
        let inDepth = sets.indices.filter { isInDepth(sets[$0]) }
        let detailed = try await concurrentMap(inDepth.map { sets[$0] }, width: width) { set in try await details(set) }
        for (index, set) in zip(inDepth, detailed) { sets[index] = set }
        let attributes = try await accessControlAttributes()
        let cost = AssignmentReadCost(provisionedPairs: detailed.reduce(0) { $0 + $1.provisionedAccountIds.count },
                                      declaredPrincipals: request.groups.count + request.users.count)
        var principals: IdentityCenterPrincipals?
        if cost.worthListingPrincipals { principals = try await listPrincipals() }
        let strategy = cost.strategy(principals: principals.map(\.count))
        let assignments: [LiveAssignment]
        switch strategy {
        case .perPermissionSet: assignments = try await assignmentsPerPermissionSet(detailed)
        case .perPrincipal: assignments = try await assignmentsPerPrincipal(principals ?? IdentityCenterPrincipals(),
                                                                            managed: Set(detailed.map(\.arn)))
        }
        let resolved = try await resolve(principals)
        return LiveIdentityCenter(instanceArn: instance.instanceArn, identityStoreId: instance.identityStoreId,
                                  permissionSets: sets, assignments: assignments, accessControlAttributes: attributes,
                                  groups: resolved.groups, users: resolved.users, assignmentReadStrategy: strategy)
    }

    /// Managed by this organization, or declared by name (an adoption candidate or a conflict to report).
    private func isInDepth(_ set: LivePermissionSet) -> Bool {
        set.tags[request.ownerTagKey] == organization || request.permissionSetNames.contains(set.name)
    }

    private func summary(_ arn: String) async throws -> LivePermissionSet {
        async let described = describe(arn)
        async let tags = tags(of: arn)
        var set = try await described
        set.tags = try await tags
        return set
    }

    /// DescribePermissionSet: name, description, session duration and relay state.
    func describe(_ arn: String) async throws -> LivePermissionSet {
        let described = try await api.describePermissionSet(.init(instanceArn: instance.instanceArn, permissionSetArn: arn))
        guard let set = described.permissionSet, let name = set.name else {
            throw IdentityCenterReconcileError(code: IdentityCenterReconcileError.Code.incompleteAnswer,
                                               organization: organization, resource: "permission-set \(arn)",
                                               operation: "DescribePermissionSet",
                                               message: "aws described permission set \(arn) without a name")
        }
        return LivePermissionSet(arn: arn, name: name, description: set.description, sessionDuration: set.sessionDuration,
                                 relayState: set.relayState, tags: [:], detailsRead: false)
    }

    /// ListTagsForResource of a permission set, as a map.
    func tags(of arn: String) async throws -> [String: String] {
        var out: [String: String] = [:]
        for tag in try await api.listAllTagsForResource(.init(instanceArn: instance.instanceArn, resourceArn: arn)) {
            if let key = tag.key { out[key] = tag.value ?? "" }
        }
        return out
    }

    func details(_ set: LivePermissionSet) async throws -> LivePermissionSet {
        let ids = (instanceArn: instance.instanceArn, permissionSetArn: set.arn)
        async let managed = api.listAllManagedPoliciesInPermissionSet(.init(instanceArn: ids.0, permissionSetArn: ids.1))
        async let customer = api.listAllCustomerManagedPolicyReferencesInPermissionSet(
            .init(instanceArn: ids.0, permissionSetArn: ids.1))
        async let inline = api.getInlinePolicyForPermissionSet(.init(instanceArn: ids.0, permissionSetArn: ids.1))
        async let boundary = permissionsBoundary(set.arn)
        async let provisioned = api.listAllAccountsForProvisionedPermissionSet(
            .init(instanceArn: ids.0, permissionSetArn: ids.1))
        var out = set
        out.detailsRead = true
        out.managedPolicies = try await managed.compactMap(\.arn).sorted()
        out.customerManagedPolicies = try await customer.compactMap { reference in
            reference.name.map { LiveCustomerManagedPolicy(name: $0, path: reference.path ?? "/") }
        }.sorted()
        let document = try await inline.inlinePolicy ?? ""
        out.inlinePolicy = document.isEmpty ? nil : PolicyJSON.canonical(document)
        out.permissionsBoundary = try await boundary
        out.provisionedAccountIds = try await provisioned.sorted()
        return out
    }

    private func permissionsBoundary(_ arn: String) async throws -> LivePermissionsBoundary? {
        do {
            let output = try await api.getPermissionsBoundaryForPermissionSet(
                .init(instanceArn: instance.instanceArn, permissionSetArn: arn))
            if let managed = output.permissionsBoundary?.managedPolicyArn { return .managedPolicy(arn: managed) }
            if let reference = output.permissionsBoundary?.customerManagedPolicyReference, let name = reference.name {
                return .customerManaged(LiveCustomerManagedPolicy(name: name, path: reference.path ?? "/"))
            }
            return nil
        } catch let error as AWSError where error.code == "ResourceNotFoundException" {
            return nil
        }
    }

    private func accessControlAttributes() async throws -> [String: String]? {
        do {
            let output = try await api.describeInstanceAccessControlAttributeConfiguration(
                .init(instanceArn: instance.instanceArn))
            var out: [String: String] = [:]
            for attribute in output.instanceAccessControlAttributeConfiguration?.accessControlAttributes ?? [] {
                if let key = attribute.key { out[key] = attribute.value?.source?.first ?? "" }
            }
            return out
        } catch let error as AWSError where error.code == "ResourceNotFoundException" {
            return nil
        }
    }
}
