import AWSServices

/// Reads a live organization for `orgops import`, with read operations only (List/Describe).
///
/// `OrganizationsLiveReader` reads policy contents only for declared policies; import has nothing
/// declared yet, so it lists every policy type itself and describes each customer-managed policy.
/// Nothing here writes to AWS: import must be safe to run against production with a read-only role.
public struct ImportReader: Sendable {
    /// The organization's Organizations API, through its session.
    let api: OrganizationsAPI

    /// Every policy type orgops manages, listed whether or not it is enabled (a disabled type lists nothing).
    public static let policyTypes = ["SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY", "TAG_POLICY",
                                     "BACKUP_POLICY", "AISERVICES_OPT_OUT_POLICY"]

    /// Creates a reader over `api`.
    public init(api: OrganizationsAPI) {
        self.api = api
    }

    /// Reads the organization.
    /// - Throws: `CommandError` when the organization has no root, and the AWS error of any failed read.
    public func read() async throws -> ImportedOrganization {
        let organization = try await api.describeOrganization().organization
        guard let root = try await api.listAllRoots().first, let rootId = root.id else {
            throw CommandError(code: "import-no-root", message: "the organization has no root; is this a management account?")
        }
        var paths: [String: String] = [rootId: "/"]
        let units = try await readUnits(parent: rootId, path: "", paths: &paths)
        var accounts: [ImportedOrganization.Account] = []
        for (parentId, path) in paths.sorted(by: { $0.value < $1.value }) {
            for account in try await api.listAllAccountsForParent(.init(parentId: parentId)) {
                guard let id = account.id, account.status == nil || account.status == "ACTIVE" else { continue }
                accounts.append(.init(id: id, name: account.name ?? id, email: account.email ?? "", path: path,
                                      tags: try await tags(id)))
            }
        }
        var policies: [ImportedOrganization.Policy] = []
        let enabled = (root.policyTypes ?? []).filter { $0.status == "ENABLED" }.compactMap(\.type)
        for type in Self.policyTypes where enabled.contains(type) {
            for summary in try await api.listAllPolicies(.init(filter: type)) where summary.awsManaged != true {
                guard let id = summary.id else { continue }
                let content = try await api.describePolicy(.init(policyId: id)).policy?.content ?? "{}"
                let targets = try await api.listAllTargetsForPolicy(.init(policyId: id)).compactMap { target in
                    Self.target(target, rootId: rootId, paths: paths)
                }
                policies.append(.init(name: summary.name ?? id, type: type, description: summary.description ?? "",
                                      content: content, targets: targets, tags: try await tags(id)))
            }
        }
        var delegated: [ImportedOrganization.Delegation] = []
        for admin in try await api.listAllDelegatedAdministrators() {
            guard let id = admin.id else { continue }
            for service in try await api.listAllDelegatedServicesForAccount(.init(accountId: id)) {
                if let principal = service.servicePrincipal { delegated.append(.init(accountId: id, servicePrincipal: principal)) }
            }
        }
        let trusted = try await api.listAllAWSServiceAccessForOrganization().compactMap(\.servicePrincipal)
        return ImportedOrganization(
            managementAccountId: organization?.masterAccountId ?? "",
            featureSet: organization?.featureSet ?? "ALL",
            policyTypes: Self.policyTypes.filter { enabled.contains($0) },
            trustedServices: trusted.sorted(),
            delegatedAdministrators: delegated.sorted { ($0.accountId, $0.servicePrincipal) < ($1.accountId, $1.servicePrincipal) },
            units: units, accounts: accounts, policies: policies.sorted { ($0.type, $0.name) < ($1.type, $1.name) },
            unitPaths: paths)
    }

    /// The OUs beneath `parent`, depth first, recording each OU's path by ID.
    private func readUnits(parent: String, path: String,
                           paths: inout [String: String]) async throws -> [ImportedOrganization.Unit] {
        var units: [ImportedOrganization.Unit] = []
        let children = try await api.listAllOrganizationalUnitsForParent(.init(parentId: parent))
        for unit in children.sorted(by: { ($0.name ?? "") < ($1.name ?? "") }) {
            guard let id = unit.id, let name = unit.name else { continue }
            let unitPath = path + "/" + name
            paths[id] = unitPath
            let below = try await readUnits(parent: id, path: unitPath, paths: &paths)
            units.append(.init(name: name, tags: try await tags(id), children: below))
        }
        return units
    }

    /// The tags of a resource as a dictionary.
    private func tags(_ resourceId: String) async throws -> [String: String] {
        var out: [String: String] = [:]
        for tag in try await api.listAllTagsForResource(.init(resourceId: resourceId)) {
            if let key = tag.key { out[key] = tag.value ?? "" }
        }
        return out
    }

    /// A policy target as a manifest target; targets outside the read tree are dropped.
    static func target(_ target: OrganizationsAPI.PolicyTargetSummary, rootId: String,
                       paths: [String: String]) -> ImportedOrganization.Target? {
        guard let id = target.targetId else { return nil }
        if id == rootId { return .root }
        if let path = paths[id] { return .unit(path) }
        if target.type == "ACCOUNT" || id.count == 12 { return .account(id) }
        return nil
    }
}
