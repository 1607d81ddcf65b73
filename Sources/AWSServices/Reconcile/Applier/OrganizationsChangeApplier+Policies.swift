import AWSClient
import OrgModel

extension OrganizationsChangeApplier {
    /// CreatePolicy with its tags; a policy of that name and type already there is taken, updated and tagged.
    ///
    /// The "already there" case is an apply killed after CreatePolicy
    /// answered and before the ID was recorded: the next plan creates it
    /// again, and this turns that into no duplicate.
    func createPolicy(_ policy: NewPolicy, step: ApplyStep) async throws -> ActionOutcome {
        let id: String
        do {
            let created = try await step.api.createPolicy(.init(
                content: policy.content, description: policy.description, name: policy.policyName,
                type: policy.type, tags: policy.tags.isEmpty ? nil : Self.awsTags(policy.tags)))
            guard let createdId = created.policy?.policySummary?.id else {
                throw incomplete(step, "CreatePolicy", "the policy's Id")
            }
            id = createdId
        } catch let error as AWSError where error.code == "DuplicatePolicyException" {
            let listed = try await step.api.listAllPolicies(.init(filter: policy.type))
            guard let existing = listed.first(where: { $0.name == policy.policyName && $0.awsManaged != true })?.id
            else { throw error }
            _ = try await step.api.updatePolicy(.init(policyId: existing, description: policy.description,
                                                      content: policy.content))
            _ = try await tag(existing, policy.tags, step: step)
            id = existing
        }
        step.context.recordPolicy(name: policy.name, id: id)
        return ActionOutcome(resourceId: id)
    }

    /// Detaches the policy from whatever it is still attached to, then DeletePolicy.
    func deletePolicy(_ policy: PolicyReference, step: ApplyStep) async throws -> ActionOutcome {
        let id = try step.context.resolve(policy)
        let targets: [OrganizationsAPI.PolicyTargetSummary]
        do {
            targets = try await step.api.listAllTargetsForPolicy(.init(policyId: id))
        } catch let error as AWSError where error.code == "PolicyNotFoundException" {
            return ActionOutcome(resourceId: id, detail: "already deleted")
        }
        for target in targets.compactMap(\.targetId).sorted() {
            try await step.tolerating(["PolicyNotAttachedException"], ()) {
                try await step.api.detachPolicy(.init(policyId: id, targetId: target))
            }
        }
        return try await step.tolerating(["PolicyNotFoundException"], ActionOutcome(resourceId: id)) {
            try await step.api.deletePolicy(.init(policyId: id))
            return ActionOutcome(resourceId: id)
        }
    }

    /// AttachPolicy; an attachment already there counts as made.
    func attachPolicy(_ policy: PolicyReference, to target: TargetReference, step: ApplyStep) async throws
        -> ActionOutcome {
        let id = try step.context.resolve(policy)
        let targetId = try step.context.resolve(target)
        return try await step.tolerating(["DuplicatePolicyAttachmentException"], .done) {
            try await step.api.attachPolicy(.init(policyId: id, targetId: targetId))
            return .done
        }
    }

    /// DetachPolicy; an attachment already gone counts as removed.
    func detachPolicy(_ policy: PolicyReference, from target: TargetReference, step: ApplyStep) async throws
        -> ActionOutcome {
        let id = try step.context.resolve(policy)
        let targetId = try step.context.resolve(target)
        return try await step.tolerating(["PolicyNotAttachedException"], .done) {
            try await step.api.detachPolicy(.init(policyId: id, targetId: targetId))
            return .done
        }
    }
}
