import AWSClient
import OrgModel

extension ReadPass {
    /// Every policy of `types`, with targets for the ones orgops may manage and content for the declared ones.
    func policies(types: Set<String>) async throws -> [LivePolicy] {
        let api = self.api
        let listed = try await step("policies", "ListPolicies") {
            try await concurrentMap(types.sorted(), width: width) { type in
                try await api.listAllPolicies(.init(filter: type)).map { (type, $0) }
            }
        }
        let summaries = listed.flatMap { $0 }.compactMap { type, summary -> LivePolicy? in
            guard let id = summary.id else { return nil }
            return LivePolicy(id: id, name: summary.name ?? "", type: summary.type ?? type,
                              description: summary.description ?? "", awsManaged: summary.awsManaged ?? false,
                              canonicalContent: nil, tags: nil, targetIds: [])
        }
        let declared = self.declared
        let organization = self.organization
        return try await concurrentMap(summaries, width: width) { summary in
            let policy = summary
            let isDeclared = declared.customer.contains(DeclaredPolicies.key(type: policy.type, name: policy.name))
            let readTargets = policy.awsManaged ? declared.awsManaged.contains(policy.name) : true
            async let contentRead: String? = isDeclared && !policy.awsManaged
                ? Self.content(api, policy: policy, organization: organization) : nil
            async let targetsRead: [String] = readTargets
                ? Self.targets(api, policy: policy, organization: organization) : []
            var read = summary
            read.canonicalContent = try await contentRead
            read.targetIds = try await targetsRead.sorted()
            return read
        }
    }

    private static func content(_ api: OrganizationsAPI, policy: LivePolicy, organization: String) async throws
        -> String? {
        do {
            let described = try await api.describePolicy(.init(policyId: policy.id))
            return described.policy?.content.map(PolicyJSON.canonical)
        } catch {
            throw OrganizationsReconcileError.wrap(error, organization: organization,
                                                   resource: "policy \(policy.name)", operation: "DescribePolicy")
        }
    }

    private static func targets(_ api: OrganizationsAPI, policy: LivePolicy, organization: String) async throws
        -> [String] {
        do {
            return try await api.listAllTargetsForPolicy(.init(policyId: policy.id)).compactMap(\.targetId)
        } catch {
            throw OrganizationsReconcileError.wrap(error, organization: organization,
                                                   resource: "policy \(policy.name)", operation: "ListTargetsForPolicy")
        }
    }
}
