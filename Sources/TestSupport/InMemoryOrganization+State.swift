import OrgModel

extension InMemoryOrganization.State {
    static let fullAccessId = "p-FullAWSAccess"
    static let scp = "SERVICE_CONTROL_POLICY"

    /// A number left-padded with zeros.
    static func padded(_ number: Int, width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The path of an OU ID (`/` for the root), nil when unknown.
    func path(of id: String) -> String? {
        if id == rootId { return "/" }
        var names: [String] = []
        var current = id
        while let unit = ous[current] {
            names.append(unit.name)
            current = unit.parentId
            if names.count > 10 { return nil }
        }
        guard current == rootId else { return nil }
        return "/" + names.reversed().joined(separator: "/")
    }

    /// The ID of an OU path (or the root for `/`).
    func id(ofPath path: String) -> String? {
        if path == "/" { return rootId }
        return ous.keys.first { self.path(of: $0) == path }
    }

    /// True for the root or an existing OU.
    func isContainer(_ id: String) -> Bool { id == rootId || ous[id] != nil }

    mutating func createOrganization() {
        organizationId = "o-fake\(String(newId()))"
        rootId = "r-fake"
        accounts[managementAccountId] = InMemoryOrganization.Account(
            name: "management", email: "management@example.com", status: "ACTIVE", parentId: "r-fake", tags: [:])
    }

    mutating func enablePolicyType(_ type: String) {
        policyTypes.insert(type)
        if type == Self.scp, policies[Self.fullAccessId] == nil, let rootId {
            var targets: Set<String> = [rootId]
            targets.formUnion(ous.keys)
            targets.formUnion(accounts.keys)
            policies[Self.fullAccessId] = InMemoryOrganization.Policy(
                name: "FullAWSAccess", type: Self.scp, description: "Allows access to every operation", awsManaged: true,
                content: #"{"Statement":[{"Action":"*","Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"}"#,
                tags: [:], targets: targets)
        }
    }

    /// Attaches FullAWSAccess to a new entity, as AWS does while SCPs are enabled.
    mutating func attachDefault(to id: String) {
        if policyTypes.contains(Self.scp) { policies[Self.fullAccessId]?.targets.insert(id) }
    }

    mutating func insertOU(name: String, parentId: String, tags: [String: String]) -> String {
        let id = "ou-fake-\(Self.padded(newId(), width: 8))"
        ous[id] = InMemoryOrganization.OU(name: name, parentId: parentId, tags: tags)
        attachDefault(to: id)
        return id
    }

    mutating func insertAccount(name: String, email: String, parentId: String, tags: [String: String]) -> String {
        let id = String(200_000_000_000 + newId())
        accounts[id] = InMemoryOrganization.Account(name: name, email: email, status: "ACTIVE", parentId: parentId,
                                                    tags: tags)
        attachDefault(to: id)
        return id
    }

    mutating func insertPolicy(name: String, type: String, description: String, content: String,
                               tags: [String: String]) -> String {
        let id = "p-fake\(Self.padded(newId(), width: 8))"
        policies[id] = InMemoryOrganization.Policy(name: name, type: type, description: description, awsManaged: false,
                                                   content: content, tags: tags, targets: [])
        return id
    }

    /// The snapshot a `LiveStateReader` would return.
    func snapshot(includeTags: Bool) -> LiveOrganization {
        guard let organizationId, let rootId else {
            return LiveOrganization(managementAccountId: managementAccountId, tagsRead: includeTags)
        }
        let units = ous.map { id, unit in
            LiveOrganizationalUnit(id: id, name: unit.name, parentId: unit.parentId, path: path(of: id) ?? "?",
                                   tags: includeTags ? unit.tags : nil)
        }.sorted { $0.path < $1.path }
        let accountList = accounts.map { id, account in
            LiveAccount(id: id, name: account.name, email: account.email, status: account.status,
                        parentId: account.parentId, tags: includeTags ? account.tags : nil)
        }.sorted { $0.id < $1.id }
        let policyList = policies.map { id, policy in
            LivePolicy(id: id, name: policy.name, type: policy.type, description: policy.description,
                       awsManaged: policy.awsManaged, canonicalContent: policy.content,
                       tags: includeTags && !policy.awsManaged ? policy.tags : (includeTags ? [:] : nil),
                       targetIds: policy.targets.sorted())
        }.sorted { ($0.type, $0.name) < ($1.type, $1.name) }
        return LiveOrganization(
            organizationId: organizationId, managementAccountId: managementAccountId, featureSet: featureSet,
            rootId: rootId, enabledPolicyTypes: policyTypes.sorted(), trustedServices: services.sorted(),
            delegatedAdministrators: admins.sorted { ($0.servicePrincipal, $0.accountId) < ($1.servicePrincipal, $1.accountId) },
            organizationalUnits: units, accounts: accountList, policies: policyList,
            createAccountRequests: requests.sorted { $0.id < $1.id }, tagsRead: includeTags)
    }
}
