import AWSClient
import OperatorSupport
import OrgModel

/// One Identity Center action in flight: the organization's SSO Admin client, instance and reference resolution.
struct IdentityCenterApplyStep: Sendable {
    let organization: String
    let api: SSOAdminAPI
    let instanceArn: String
    let context: ApplyContext
    let arns: PermissionSetArns
    let clock: any OperatorClock
    let wait: WaitPolicy

    func perform(_ kind: IdentityCenterAction) async throws -> ActionOutcome {
        switch kind {
        case .createPermissionSet(let new):
            return try await createPermissionSet(new)
        case .updatePermissionSet(let set, let description, let duration, let relay):
            try await api.updatePermissionSet(.init(instanceArn: instanceArn, permissionSetArn: try await arn(set),
                                                    description: description, sessionDuration: duration, relayState: relay))
        case .adoptPermissionSet(let set, let tags), .tagPermissionSet(let set, let tags):
            let arn = try await arn(set)
            try await tag(arn, tags)
            return ActionOutcome(resourceId: arn)
        case .untagPermissionSet(let set, let keys):
            try await api.untagResource(.init(instanceArn: instanceArn, resourceArn: try await arn(set), tagKeys: keys.sorted()))
        case .deletePermissionSet(let set):
            try await ignoring("ResourceNotFoundException") {
                try await api.deletePermissionSet(.init(instanceArn: instanceArn, permissionSetArn: try await arn(set)))
            }
        case .attachManagedPolicy(let set, let policy):
            let arn = try await arn(set)
            try await ignoring("ConflictException") {
                try await api.attachManagedPolicyToPermissionSet(.init(instanceArn: instanceArn, permissionSetArn: arn,
                                                                       managedPolicyArn: policy))
            }
        case .detachManagedPolicy(let set, let policy):
            let arn = try await arn(set)
            try await ignoring("ResourceNotFoundException") {
                try await api.detachManagedPolicyFromPermissionSet(.init(instanceArn: instanceArn, permissionSetArn: arn,
                                                                         managedPolicyArn: policy))
            }
        case .attachCustomerManagedPolicy(let set, let policy):
            let arn = try await arn(set)
            try await ignoring("ConflictException") {
                try await api.attachCustomerManagedPolicyReferenceToPermissionSet(
                    .init(instanceArn: instanceArn, permissionSetArn: arn, customerManagedPolicyReference: Self.reference(policy)))
            }
        case .detachCustomerManagedPolicy(let set, let policy):
            let arn = try await arn(set)
            try await ignoring("ResourceNotFoundException") {
                try await api.detachCustomerManagedPolicyReferenceFromPermissionSet(
                    .init(instanceArn: instanceArn, permissionSetArn: arn, customerManagedPolicyReference: Self.reference(policy)))
            }
        case .putInlinePolicy(let set, let document):
            try await api.putInlinePolicyToPermissionSet(.init(instanceArn: instanceArn, permissionSetArn: try await arn(set),
                                                               inlinePolicy: document))
        case .deleteInlinePolicy(let set):
            let arn = try await arn(set)
            try await ignoring("ResourceNotFoundException") {
                try await api.deleteInlinePolicyFromPermissionSet(.init(instanceArn: instanceArn, permissionSetArn: arn))
            }
        case .putPermissionsBoundary(let set, let boundary):
            try await api.putPermissionsBoundaryToPermissionSet(.init(instanceArn: instanceArn, permissionSetArn: try await arn(set),
                                                                      permissionsBoundary: Self.boundary(boundary)))
        case .deletePermissionsBoundary(let set):
            let arn = try await arn(set)
            try await ignoring("ResourceNotFoundException") {
                try await api.deletePermissionsBoundaryFromPermissionSet(.init(instanceArn: instanceArn, permissionSetArn: arn))
            }
        case .provisionPermissionSet(let set, let accounts):
            let status = try await api.provisionPermissionSetAndWait(
                .init(instanceArn: instanceArn, permissionSetArn: try await arn(set), targetType: "ALL_PROVISIONED_ACCOUNTS"),
                policy: wait, clock: clock)
            return ActionOutcome(resourceId: status.requestId, detail: "provisioned to \(accounts.count) accounts")
        case .createAssignment(let target):
            let status = try await api.createAccountAssignmentAndWait(try await assignment(target), policy: wait, clock: clock)
            return ActionOutcome(resourceId: status.requestId)
        case .deleteAssignment(let target):
            let input = try await assignment(target)
            let status = try await api.deleteAccountAssignmentAndWait(
                .init(instanceArn: input.instanceArn, targetId: input.targetId, targetType: input.targetType,
                      permissionSetArn: input.permissionSetArn, principalType: input.principalType,
                      principalId: input.principalId), policy: wait, clock: clock)
            return ActionOutcome(resourceId: status.requestId)
        case .putAccessControlAttributes(let attributes, let exists):
            try await putAccessControlAttributes(attributes, exists: exists)
        }
        return .done
    }
}
