import AWSClient
import OrgModel

/// The pieces several Identity Center actions share: resolving a permission set, tags, "already so" answers.
extension IdentityCenterApplyStep {
    /// CreatePermissionSet with its tags; a permission set of that name already there (an earlier, interrupted
    /// apply) is taken instead and tagged.
    func createPermissionSet(_ new: NewPermissionSet) async throws -> ActionOutcome {
        let tags = new.tags.sorted { $0.key < $1.key }.map { SSOAdminAPI.Tag(key: $0.key, value: $0.value) }
        do {
            let output = try await api.createPermissionSet(
                .init(name: new.name, description: new.description, instanceArn: instanceArn,
                      sessionDuration: new.sessionDuration, relayState: new.relayState, tags: tags.isEmpty ? nil : tags))
            guard let arn = output.permissionSet?.permissionSetArn else {
                throw IdentityCenterReconcileError(code: IdentityCenterReconcileError.Code.incompleteAnswer,
                                                   organization: organization, resource: "permission-set \(new.name)",
                                                   operation: "CreatePermissionSet",
                                                   message: "aws created permission set '\(new.name)' without returning its arn")
            }
            arns.record(arn, name: new.name, organization: organization)
            return ActionOutcome(resourceId: arn)
        } catch let error as AWSError where error.code == "ConflictException" {
            let arn = try await arn(PermissionSetReference(name: new.name, arn: nil))
            try await tag(arn, new.tags)
            return ActionOutcome(resourceId: arn, detail: "existed already; taken over")
        }
    }

    /// The ARN of a permission set: from the plan, from a create earlier in this apply, else looked up by name.
    func arn(_ reference: PermissionSetReference) async throws -> String {
        if let arn = reference.arn { return arn }
        if let arn = arns.arn(name: reference.name, organization: organization) { return arn }
        for arn in try await api.listAllPermissionSets(.init(instanceArn: instanceArn)) {
            let described = try await api.describePermissionSet(.init(instanceArn: instanceArn, permissionSetArn: arn))
            if let name = described.permissionSet?.name {
                arns.record(arn, name: name, organization: organization)
                if name == reference.name { return arn }
            }
        }
        throw IdentityCenterReconcileError(code: IdentityCenterReconcileError.Code.unresolved, organization: organization,
                                           resource: "permission-set \(reference.name)", operation: "ListPermissionSets",
                                           message: "no permission set named '\(reference.name)' is in \(instanceArn); "
                                               + "its create action did not succeed")
    }

    /// TagResource with the given tags; nothing to send for none.
    func tag(_ arn: String, _ tags: [String: String]) async throws {
        guard !tags.isEmpty else { return }
        try await api.tagResource(.init(instanceArn: instanceArn, resourceArn: arn,
                                        tags: tags.sorted { $0.key < $1.key }.map { SSOAdminAPI.Tag(key: $0.key, value: $0.value) }))
    }

    /// Runs `body`, treating AWS error `code` as "already so".
    func ignoring(_ code: String, _ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as AWSError where error.code == code {
            return
        }
    }

    /// The request naming an assignment, its account resolved through the apply context.
    func assignment(_ target: AssignmentTarget) async throws -> SSOAdminAPI.CreateAccountAssignmentRequest {
        SSOAdminAPI.CreateAccountAssignmentRequest(
            instanceArn: instanceArn, targetId: try context.resolve(target.account), targetType: "AWS_ACCOUNT",
            permissionSetArn: try await arn(target.permissionSet), principalType: target.principalType,
            principalId: target.principalId)
    }

    /// Create or UpdateInstanceAccessControlAttributeConfiguration, whichever the instance needs now.
    func putAccessControlAttributes(_ attributes: [String: String], exists: Bool, retried: Bool = false) async throws {
        let configuration = SSOAdminAPI.InstanceAccessControlAttributeConfiguration(
            accessControlAttributes: attributes.sorted { $0.key < $1.key }.map {
                SSOAdminAPI.AccessControlAttribute(key: $0.key, value: SSOAdminAPI.AccessControlAttributeValue(source: [$0.value]))
            })
        do {
            if exists {
                try await api.updateInstanceAccessControlAttributeConfiguration(
                    .init(instanceArn: instanceArn, instanceAccessControlAttributeConfiguration: configuration))
            } else {
                try await api.createInstanceAccessControlAttributeConfiguration(
                    .init(instanceArn: instanceArn, instanceAccessControlAttributeConfiguration: configuration))
            }
        } catch let error as AWSError where !retried
                    && (error.code == "ConflictException" || error.code == "ResourceNotFoundException") {
            try await putAccessControlAttributes(attributes, exists: !exists, retried: true)
        }
    }

    static func reference(_ policy: LiveCustomerManagedPolicy) -> SSOAdminAPI.CustomerManagedPolicyReference {
        SSOAdminAPI.CustomerManagedPolicyReference(name: policy.name, path: policy.path)
    }

    static func boundary(_ boundary: LivePermissionsBoundary) -> SSOAdminAPI.PermissionsBoundary {
        switch boundary {
        case .managedPolicy(let arn): SSOAdminAPI.PermissionsBoundary(managedPolicyArn: arn)
        case .customerManaged(let policy): SSOAdminAPI.PermissionsBoundary(customerManagedPolicyReference: reference(policy))
        }
    }
}
